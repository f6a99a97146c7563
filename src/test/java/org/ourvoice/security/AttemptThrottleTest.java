package org.ourvoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ourvoice.support.MovableClock;

/** The sliding window: blocked after the limit, free again once old failures age out. */
class AttemptThrottleTest {

    @Test
    void blocksAfterTheLimitAndForgetsAfterTheWindow() {
        MovableClock clock = new MovableClock();
        AttemptThrottle throttle = new AttemptThrottle(3, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure("10.0.0.1");
        }
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
        throttle.recordFailure("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked("10.0.0.2")).isFalse();

        clock.move(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    }
}
