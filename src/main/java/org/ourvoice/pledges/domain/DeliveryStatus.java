package org.ourvoice.pledges.domain;

/** How a promise is being kept. */
public enum DeliveryStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    DONE;

    public String messageKey() {
        return "pledges.delivery." + name();
    }
}
