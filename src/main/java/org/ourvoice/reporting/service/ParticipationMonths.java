package org.ourvoice.reporting.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Taking part is counted in the month it happened in UK time. */
final class ParticipationMonths {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private ParticipationMonths() {
    }

    static LocalDate monthOf(Instant instant) {
        return instant.atZone(UK).toLocalDate().withDayOfMonth(1);
    }
}
