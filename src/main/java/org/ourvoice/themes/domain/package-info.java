@NullMarked
package org.ourvoice.themes.domain;

import org.jspecify.annotations.NullMarked;
