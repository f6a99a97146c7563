package org.ourvoice.moderation.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A safeguarding concern in full, for participation workers only. */
public record ConcernDetail(long id, long version, @Nullable Long contributionId, String youngPerson, String seen,
        String whoTold, String actionTaken, @Nullable String outcome, String raisedBy, Instant raisedAt,
        Instant updatedAt, @Nullable Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }
}
