package org.ourvoice.security;

/** Role names as constants, for {@code @RolesAllowed} on views and services. */
public final class Roles {

    public static final String YOUNG_PERSON = "YOUNG_PERSON";
    public static final String CARE_LEAVER = "CARE_LEAVER";
    public static final String WORKER = "WORKER";
    public static final String BOARD = "BOARD";
    public static final String ADMIN = "ADMIN";
    /** Held by every signed-in account besides its own role: for things anyone signed in may do. */
    public static final String SIGNED_IN = "SIGNED_IN";

    private Roles() {
    }
}
