package org.ourvoice.security;

import java.util.Set;

/** The five kinds of account. Young people and care leavers together are "young people" in the portal. */
public enum Role {
    YOUNG_PERSON,
    CARE_LEAVER,
    WORKER,
    BOARD,
    ADMIN;

    /** The Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Message-bundle key of the role's name in plain words. */
    public String messageKey() {
        return "role." + name();
    }

    public boolean isYoung() {
        return this == YOUNG_PERSON || this == CARE_LEAVER;
    }

    /** Roles a person in this role may invite: workers invite young people, administrators invite staff. */
    public Set<Role> mayInvite() {
        return switch (this) {
            case WORKER -> Set.of(YOUNG_PERSON, CARE_LEAVER);
            case ADMIN -> Set.of(WORKER, BOARD, ADMIN);
            default -> Set.of();
        };
    }
}
