/** The board's view of what young people say: figures by theme, trends, breakdowns, quotes and the board pack. */
@NullMarked
@ApplicationModule(displayName = "Board insight")
package org.ourvoice.insight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
