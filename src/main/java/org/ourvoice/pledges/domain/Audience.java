package org.ourvoice.pledges.domain;

import org.ourvoice.security.Role;

/** Who may shape a version while it is open for ideas. */
public enum Audience {
    YOUNG_PEOPLE,
    CARE_LEAVERS,
    BOTH;

    public boolean includes(Role role) {
        return switch (this) {
            case YOUNG_PEOPLE -> role == Role.YOUNG_PERSON;
            case CARE_LEAVERS -> role == Role.CARE_LEAVER;
            case BOTH -> role.isYoung();
        };
    }

    /** Who a document of the kind is for unless a worker opens it to both. */
    public static Audience usualFor(DocumentKind kind) {
        return switch (kind) {
            case PLEDGE -> YOUNG_PEOPLE;
            case LOCAL_OFFER -> CARE_LEAVERS;
            case OTHER -> BOTH;
        };
    }

    public String messageKey() {
        return "pledges.audience." + name();
    }
}
