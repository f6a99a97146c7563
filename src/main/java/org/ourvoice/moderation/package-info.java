/** Every view checked by a participation worker before anyone else sees it; safeguarding screening and concerns. */
@NullMarked
@ApplicationModule(displayName = "Moderation and safeguarding")
package org.ourvoice.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
