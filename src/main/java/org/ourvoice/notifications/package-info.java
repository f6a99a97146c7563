/** The in-app inbox and e-mail: how the portal tells people that something happened. */
@NullMarked
@ApplicationModule(displayName = "Notifications")
package org.ourvoice.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
