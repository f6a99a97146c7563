/** Accounts, invitations, sign-in and sign-up, and the screens to manage them. */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package org.ourvoice.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
