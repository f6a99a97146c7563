package org.ourvoice.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the signed-in account from the security context, for services and views alike. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        return Optional.of(new SignedInUser(principal.accountId(), principal.displayName(), principal.role()));
    }

    /** The signed-in account; only for code that method security already keeps from anonymous callers. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
