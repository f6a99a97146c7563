/**
 * Co-produced documents (the Pledge, the Care Leavers Local Offer): versions young people shape
 * while they are open for ideas, adopted by the board, and how each promise is being kept.
 */
@NullMarked
@ApplicationModule(displayName = "Co-produced pledges")
package org.ourvoice.pledges;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
