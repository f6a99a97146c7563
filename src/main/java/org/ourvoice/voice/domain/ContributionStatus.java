package org.ourvoice.voice.domain;

import org.springframework.modulith.NamedInterface;

/** Where a view stands: only a participation worker moves it on from waiting. */
@NamedInterface("model")
public enum ContributionStatus {
    WAITING,
    APPROVED,
    NOT_SHARED;

    public String messageKey() {
        return "status." + name();
    }
}
