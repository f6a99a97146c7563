/** The append-only audit trail of sensitive actions: sign-ins, invitations, account changes and more. */
@NullMarked
@ApplicationModule(displayName = "Audit trail")
package org.ourvoice.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
