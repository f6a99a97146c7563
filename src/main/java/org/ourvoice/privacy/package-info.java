/** "My data": seeing, downloading and deleting what the portal holds about a person. */
@NullMarked
@ApplicationModule(displayName = "Privacy")
package org.ourvoice.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
