package org.ourvoice.pledges.domain;

/** What a co-produced document is: the Pledge to children in care, the Care Leavers Local Offer, or another. */
public enum DocumentKind {
    PLEDGE,
    LOCAL_OFFER,
    OTHER;

    public String messageKey() {
        return "pledges.kind." + name();
    }
}
