package org.ourvoice.board.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.domain.Verdict;
import org.ourvoice.voice.domain.ContributionStatus;

/**
 * One "You said, we did" response as young people read it: the board's words, the actions with
 * their dates, whether it is finished, whether it answers something the reader said, and the
 * reader's own answer if they gave one.
 */
public record YouSaidStory(long responseId, String decision, String youSaid, String weDid, String whatNext,
        @Nullable LocalDate byWhen, Instant publishedAt, boolean finished, List<ActionLine> actions, boolean aboutMe,
        @Nullable Verdict myVerdict, @Nullable ContributionStatus myCommentStatus) {

    public YouSaidStory {
        actions = List.copyOf(actions);
    }
}
