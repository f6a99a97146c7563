package org.ourvoice.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a browserless UI test in as an account made during the test (where
 * {@code @WithUserDetails} needs a name known beforehand). The sign-in lasts until the test ends;
 * Spring Security's test support clears it afterwards.
 */
@Component
public class SignInAs {

    private final UserDetailsService userDetailsService;

    public SignInAs(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public void user(String displayName) {
        UserDetails user = userDetailsService.loadUserByUsername(displayName);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
