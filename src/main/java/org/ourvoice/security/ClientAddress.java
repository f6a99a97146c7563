package org.ourvoice.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the person making the current request (behind a proxy, the forwarded
 * one: production sets {@code server.forward-headers-strategy=native}). Used only for throttling.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }
}
