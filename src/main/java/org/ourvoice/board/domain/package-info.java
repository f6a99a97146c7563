@NullMarked
package org.ourvoice.board.domain;

import org.jspecify.annotations.NullMarked;
