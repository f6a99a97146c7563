package org.ourvoice.accounts.service;

import java.time.Clock;
import java.time.Instant;
import org.ourvoice.accounts.domain.Account;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TextRules;
import org.ourvoice.security.AccountPrincipal;
import org.ourvoice.security.AttemptThrottle;
import org.ourvoice.security.Throttles;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reacts to sign-in attempts: counts failures towards the temporary lock, resets the count on
 * success, and writes both to the audit trail. The typed name of an unknown account is not kept
 * (people sometimes type their password into the name box).
 */
@Component
class SignInEvents {

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Throttles throttles;
    private final Clock clock;

    SignInEvents(AccountRepository accounts, AuditTrail audit, Throttles throttles, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttles = throttles;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        accounts.findById(principal.accountId()).ifPresent(account -> account.recordSignIn(clock.instant()));
        audit.recordFor(principal.accountId(), principal.displayName(), AuditAction.SIGN_IN,
                "account " + principal.accountId(), null);
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String reason = event.getException().getClass().getSimpleName();
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            AttemptThrottle byAddress = throttles.signIns();
            byAddress.recordFailure(details.getRemoteAddress());
            if (byAddress.isBlocked(details.getRemoteAddress())) {
                audit.recordFor(null, null, AuditAction.ADDRESS_THROTTLED, "sign-in", "too many failed sign-ins");
            }
        }
        var account = accounts.findByDisplayName(TextRules.tidy(event.getAuthentication().getName()));
        if (account.isEmpty()) {
            audit.recordFor(null, null, AuditAction.SIGN_IN_FAILED, "unknown account", reason);
            return;
        }
        Account found = account.get();
        audit.recordFor(found.getId(), found.getDisplayName(), AuditAction.SIGN_IN_FAILED, "account " + found.getId(),
                reason);
        Instant now = clock.instant();
        if (event instanceof AuthenticationFailureBadCredentialsEvent && found.recordFailedSignIn(now)) {
            audit.recordFor(found.getId(), found.getDisplayName(), AuditAction.ACCOUNT_LOCKED,
                    "account " + found.getId(), "until " + found.getLockedUntil());
        }
    }
}
