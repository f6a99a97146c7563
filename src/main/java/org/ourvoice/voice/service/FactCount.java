package org.ourvoice.voice.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Shared views counted for one month, theme and the breakdowns, straight from the views themselves. */
public record FactCount(LocalDate month, long themeId, String mood, String role, @Nullable String ageBand,
        @Nullable Boolean livesInCounty, long views) {
}
