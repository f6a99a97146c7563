package org.ourvoice.opportunities.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.ourvoice.opportunities.domain.SupportNeeds;

/**
 * An opportunity as a young person sees it: what, when, where, how many places are left, and
 * where they stand (a place, number on the waiting list, whether they came, whether they said how it was),
 * and, for someone who had signed up, that a worker cancelled it and why.
 */
public record OpportunityCard(long id, OpportunityKind kind, String title, String description, Instant startsAt,
        Instant endsAt, @Nullable String place, @Nullable String onlineLink, int placesLeft, Instant closesAt,
        boolean closed, boolean started, @Nullable SignUpStatus myStatus, int waitingPosition,
        @Nullable SupportNeeds myNeeds, boolean attended, boolean feedbackGiven, boolean cancelled,
        @Nullable String cancelReason) {

    public boolean full() {
        return placesLeft == 0;
    }

    public boolean signedUp() {
        return myStatus == SignUpStatus.PLACE || myStatus == SignUpStatus.WAITING;
    }
}
