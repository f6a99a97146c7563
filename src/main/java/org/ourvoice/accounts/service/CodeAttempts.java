package org.ourvoice.accounts.service;

import java.util.Optional;
import java.util.function.Function;
import org.ourvoice.accounts.domain.Invitation;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.AttemptThrottle;
import org.ourvoice.security.ClientAddress;
import org.ourvoice.security.Throttles;
import org.springframework.stereotype.Component;

/**
 * Looks an invitation up by the code someone typed, counting wrong codes per network address so
 * that codes cannot be found by guessing, and refusing an address that has had too many.
 */
@Component
class CodeAttempts {

    private final Throttles throttles;
    private final AuditTrail audit;

    CodeAttempts(Throttles throttles, AuditTrail audit) {
        this.throttles = throttles;
        this.audit = audit;
    }

    /** Calls made outside a web request (jobs, tests of services) have no address and are not throttled. */
    public Invitation find(String code, Function<String, Optional<Invitation>> lookup) {
        Optional<String> client = ClientAddress.current();
        if (client.isEmpty()) {
            return lookup.apply(InvitationCode.hash(code))
                    .orElseThrow(() -> new UserFacingException("invitation.unknown"));
        }
        String address = client.get();
        AttemptThrottle throttle = throttles.invitationCodes();
        if (throttle.isBlocked(address)) {
            throw new UserFacingException("invitation.throttled");
        }
        Optional<Invitation> found = lookup.apply(InvitationCode.hash(code));
        if (found.isEmpty()) {
            throttle.recordFailure(address);
            if (throttle.isBlocked(address)) {
                audit.recordAttempt(AuditAction.ADDRESS_THROTTLED, "invitation codes", "too many wrong codes");
            }
            throw new UserFacingException("invitation.unknown");
        }
        return found.get();
    }
}
