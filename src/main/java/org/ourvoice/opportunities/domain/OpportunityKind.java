package org.ourvoice.opportunities.domain;

/** What sort of thing a young person is invited to join. */
public enum OpportunityKind {
    /** A seat at a Corporate Parenting Board meeting: attending is recorded against the meeting. */
    BOARD_SEAT,
    CONSULTATION,
    /** A session of the Children in Care Council. */
    CICC_SESSION,
    /** A training day or a residential. */
    TRAINING;

    public String messageKey() {
        return "opportunity.kind." + name();
    }
}
