package org.ourvoice.voice.service;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.ourvoice.voice.domain.Mood;

/** What the board narrows the shared views to: a theme, quotes only, a feeling, the months sent (each optional). */
public record SharedFilter(@Nullable Long themeId, boolean quotesOnly, @Nullable Mood mood, @Nullable YearMonth from,
        @Nullable YearMonth to) {

    /** A filtered list is counted up to this many; the whole list is always counted exactly. */
    public static final int COUNT_CAP = 10_000;

    public static SharedFilter all() {
        return new SharedFilter(null, false, null, null, null);
    }

    public static SharedFilter theme(@Nullable Long themeId) {
        return new SharedFilter(themeId, false, null, null, null);
    }
}
