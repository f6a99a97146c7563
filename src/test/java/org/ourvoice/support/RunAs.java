package org.ourvoice.support;

import java.util.function.Supplier;
import org.ourvoice.security.ActingAs;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a real account, loaded the way sign-in loads it. */
@Component
public class RunAs {

    private final ActingAs acting;

    public RunAs(ActingAs acting) {
        this.acting = acting;
    }

    public <T> T user(String displayName, Supplier<T> action) {
        return acting.as(displayName, action);
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
