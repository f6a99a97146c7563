package org.ourvoice.board.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.domain.ActionStatus;

/** An action as the tracker and a decision show it, with its decision, meeting and progress updates. */
public record ActionItem(long id, long version, long decisionId, String decisionTitle, LocalDate meetsOn,
        String title, long ownerId, String ownerName, LocalDate dueOn, ActionStatus status,
        @Nullable String explanation, boolean overdue, List<Long> themeIds, List<UpdateItem> updates) {

    public ActionItem {
        themeIds = List.copyOf(themeIds);
        updates = List.copyOf(updates);
    }
}
