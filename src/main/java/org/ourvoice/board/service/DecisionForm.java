package org.ourvoice.board.service;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What was decided, at which meeting and why, and the themes and shared views it answers. */
public record DecisionForm(@Nullable Long meetingId, String title, String reason, List<Long> themeIds,
        List<Long> viewIds) {

    public DecisionForm {
        themeIds = List.copyOf(themeIds);
        viewIds = List.copyOf(viewIds);
    }
}
