@NullMarked
package org.ourvoice.board.ui;

import org.jspecify.annotations.NullMarked;
