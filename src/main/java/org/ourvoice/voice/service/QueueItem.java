package org.ourvoice.voice.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.security.Role;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.domain.NotSharedReason;

/**
 * A view (or writing about something else, when {@code about} is set) as a participation worker
 * sees it when moderating: everything, including who wrote it.
 */
public record QueueItem(long id, long version, @Nullable Long authorId, Role authorRole, @Nullable String ageBand,
        String text, @Nullable String publishedText, List<Long> themeIds, @Nullable Mood mood, @Nullable WrittenAbout about, boolean showName,
        boolean wantsToTalk, boolean urgent, boolean personalInfo, ContributionStatus status,
        @Nullable NotSharedReason reasonKind, @Nullable String reason, Instant submittedAt) {

    public QueueItem {
        themeIds = List.copyOf(themeIds);
    }
}
