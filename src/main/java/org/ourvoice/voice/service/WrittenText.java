package org.ourvoice.voice.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Approved writing about something, as others may read it: the redacted copy where there is one,
 * and a name only when the young person chose to give it.
 */
public record WrittenText(long contributionId, long subjectId, String text, @Nullable String authorName,
        Instant sharedAt) {
}
