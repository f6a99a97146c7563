/** Engagement evidence for the board and inspectors: who took part, as a share of each cohort, by month, and the participation report. */
@NullMarked
@ApplicationModule(displayName = "Engagement reporting")
package org.ourvoice.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
