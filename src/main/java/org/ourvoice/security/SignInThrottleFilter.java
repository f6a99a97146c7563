package org.ourvoice.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns sign-in attempts away, before any password is checked, from an address with too many recent failures. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final AttemptThrottle throttle;

    SignInThrottleFilter(AttemptThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && SecurityConfiguration.LOGIN_PATH.equals(request.getServletPath())
                && throttle.isBlocked(request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PATH + "?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
