package org.ourvoice.opportunities.domain;

/** Where a young person stands for an opportunity. */
public enum SignUpStatus {
    /** They have one of the places. */
    PLACE,
    /** Full or closed when they asked: they get a place if one comes free, in the order they asked. */
    WAITING,
    CANCELLED;

    public String messageKey() {
        return "opportunity.status." + name();
    }
}
