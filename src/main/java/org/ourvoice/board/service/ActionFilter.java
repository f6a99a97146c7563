package org.ourvoice.board.service;

import org.jspecify.annotations.Nullable;
import org.ourvoice.board.domain.ActionStatus;

/** What the action tracker narrows to; each part optional. */
public record ActionFilter(@Nullable ActionStatus status, @Nullable Long ownerId, @Nullable Long themeId,
        @Nullable Long meetingId, boolean overdueOnly) {

    public static ActionFilter all() {
        return new ActionFilter(null, null, null, null, false);
    }
}
