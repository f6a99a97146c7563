package org.ourvoice.pledges.service;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One commitment with how much it matters to young people, their suggested wordings and comments. */
public record CommitmentFeedback(CommitmentItem commitment, long ratings, double averageScore,
        @Nullable Integer myScore, List<SuggestionItem> wordings, List<SuggestionItem> comments) {

    public CommitmentFeedback {
        wordings = List.copyOf(wordings);
        comments = List.copyOf(comments);
    }
}
