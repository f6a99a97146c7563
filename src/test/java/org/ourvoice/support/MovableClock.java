package org.ourvoice.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock in UTC that stands still until a test moves it, for rules that depend on time passing. */
public final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    /** Moves the clock on (or back, with a negative duration). */
    public void move(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
