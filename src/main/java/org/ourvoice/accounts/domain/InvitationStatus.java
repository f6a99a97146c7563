package org.ourvoice.accounts.domain;

/** Where an invitation stands, worked out from its dates. */
public enum InvitationStatus {
    OPEN,
    USED,
    EXPIRED,
    REVOKED;

    public String messageKey() {
        return "invitation.status." + name();
    }
}
