package org.ourvoice.pledges.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.SuggestionKind;
import org.ourvoice.pledges.domain.SuggestionOutcome;

/**
 * A checked suggestion or comment as others read it: the shared words, a name only where the
 * young person chose to give it, how many back it, and what became of it.
 */
public record SuggestionItem(long id, long lock, SuggestionKind kind, @Nullable Long commitmentId,
        @Nullable Long sectionId, String text, @Nullable String authorName, long supports, boolean supportedByMe,
        boolean mine, @Nullable SuggestionOutcome outcome, @Nullable String reason, @Nullable String takenInAs,
        Instant madeAt) {
}
