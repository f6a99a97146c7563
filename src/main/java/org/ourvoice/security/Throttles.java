package org.ourvoice.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The two throttles: failed sign-ins and wrong invitation codes, each per network address. Far
 * above what a person mistyping needs, far below what guessing needs.
 */
@Component
public class Throttles {

    public static final int SIGN_IN_FAILURES_PER_ADDRESS = 20;
    public static final int CODE_FAILURES_PER_ADDRESS = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final AttemptThrottle signIns;
    private final AttemptThrottle codes;

    public Throttles(Clock clock) {
        this.signIns = new AttemptThrottle(SIGN_IN_FAILURES_PER_ADDRESS, WINDOW, clock);
        this.codes = new AttemptThrottle(CODE_FAILURES_PER_ADDRESS, WINDOW, clock);
    }

    public AttemptThrottle signIns() {
        return signIns;
    }

    public AttemptThrottle invitationCodes() {
        return codes;
    }
}
