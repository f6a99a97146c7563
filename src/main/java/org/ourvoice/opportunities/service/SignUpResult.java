package org.ourvoice.opportunities.service;

import org.ourvoice.opportunities.domain.SignUpStatus;

/** What happened when a young person signed up: a place, or the waiting list and why, in plain words. */
public record SignUpResult(SignUpStatus status, Reason reason, int waitingPosition) {

    /** Why the young person got what they got. */
    public enum Reason {
        GOT_A_PLACE,
        FULL,
        CLOSED
    }

    public String messageKey() {
        return "opportunity.result." + reason.name();
    }
}
