package org.ourvoice.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as one named account, with exactly the rights that account has when it signs in: how the
 * demonstration data is made through the same services and checks as people's own actions.
 */
@Component
public class ActingAs {

    private final UserDetailsService users;

    ActingAs(UserDetailsService users) {
        this.users = users;
    }

    /** The action's result, computed as the account with this display name; the caller's own sign-in is restored. */
    public <T> T as(String displayName, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(displayName);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
