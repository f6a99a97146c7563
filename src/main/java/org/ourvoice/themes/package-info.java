/** The themes young people's views are about, and (as the board's features grow) the insight drawn from them. */
@NullMarked
@ApplicationModule(displayName = "Themes")
package org.ourvoice.themes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
