package org.ourvoice.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a real account, loaded the way sign-in loads it. */
@Component
public class RunAs {

    private final UserDetailsService userDetailsService;

    public RunAs(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public <T> T user(String displayName, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails user = userDetailsService.loadUserByUsername(displayName);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public void user(String displayName, Runnable action) {
        user(displayName, () -> {
            action.run();
            return null;
        });
    }

    public <T> T anonymous(Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
