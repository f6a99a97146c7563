package org.ourvoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sliding window: blocked after the limit, free again once old failures age out. */
class AttemptThrottleTest {

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

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

        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    }
}
