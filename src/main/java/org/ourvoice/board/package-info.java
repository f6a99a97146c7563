/** The board closes the loop: meetings, decisions and actions with owners and due dates, and "You said, we did". */
@NullMarked
@ApplicationModule(displayName = "Board")
package org.ourvoice.board;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
