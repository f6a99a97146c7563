package org.ourvoice.board.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.WrittenText;

/**
 * A decision as the board reads it: the views and themes it answers, its actions, its response to
 * young people, and their answers (approved comments only) next to it.
 */
public record DecisionItem(long id, long version, long meetingId, LocalDate meetsOn, String title, String reason,
        List<Long> themeIds, List<SharedView> views, List<ActionItem> actions, @Nullable ResponseItem response,
        AnswerTally answers, List<WrittenText> comments) {

    public DecisionItem {
        themeIds = List.copyOf(themeIds);
        views = List.copyOf(views);
        actions = List.copyOf(actions);
        comments = List.copyOf(comments);
    }
}
