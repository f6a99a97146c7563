package org.ourvoice.opportunities.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.opportunities.domain.OpportunityKind;

/**
 * An opportunity as workers list it: the places taken, the length of the waiting list, and
 * whether (and why) it was cancelled.
 */
public record OpportunitySummary(long id, OpportunityKind kind, String title, Instant startsAt, Instant endsAt,
        @Nullable String place, @Nullable String onlineLink, boolean forChildrenInCare, boolean forCareLeavers,
        int minAge, int maxAge, int places, long taken, long waiting, Instant closesAt, boolean cancelled,
        @Nullable String cancelReason) {
}
