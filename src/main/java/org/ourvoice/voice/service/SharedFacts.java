package org.ourvoice.voice.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.security.Role;
import org.ourvoice.voice.domain.Mood;

/**
 * What the board's figures count about one shared view: the month it was sent, its themes and
 * mood, and the young person's cohort, age band and county as they were then. No words, no name.
 */
public record SharedFacts(long contributionId, LocalDate month, List<Long> themeIds, Mood mood, Role role,
        @Nullable String ageBand, @Nullable Boolean livesInCounty) {

    public SharedFacts {
        themeIds = List.copyOf(themeIds);
    }
}
