package org.ourvoice.moderation.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line in the list of concerns: enough to find one, none of its detail (reading that is audited). */
public record ConcernSummary(long id, @Nullable Long contributionId, String youngPerson, String raisedBy,
        Instant raisedAt, @Nullable Instant closedAt) {
}
