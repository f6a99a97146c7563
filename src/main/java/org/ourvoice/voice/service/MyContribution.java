package org.ourvoice.voice.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.domain.NotSharedReason;

/**
 * One of the young person's own views (or writing about something else, when {@code about} is
 * set), as "My say" shows it: their words and what became of them.
 */
public record MyContribution(long id, String text, List<Long> themeIds, @Nullable Mood mood, @Nullable WrittenAbout about, boolean showName,
        ContributionStatus status, @Nullable NotSharedReason reasonKind, @Nullable String reason,
        Instant submittedAt, @Nullable Instant decidedAt) {

    public MyContribution {
        themeIds = List.copyOf(themeIds);
    }
}
