package org.ourvoice.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Times are stored in UTC and shown in UK time, in one consistent style. */
public final class DisplayFormats {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private DisplayFormats() {
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK));
    }

    public static String date(@Nullable Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(UK));
    }
}
