/** Things young people can join in person or online (a board seat, a consultation, a session, a training), sign-ups, waiting lists, reminders and attendance. */
@NullMarked
@ApplicationModule(displayName = "Opportunities")
package org.ourvoice.opportunities;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
