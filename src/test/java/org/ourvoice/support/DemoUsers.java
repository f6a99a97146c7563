package org.ourvoice.support;

/** Names of the demo accounts every test context has, for {@code @WithUserDetails}. */
public final class DemoUsers {

    public static final String YOUNG_PERSON = "Jade";
    public static final String CARE_LEAVER = "Kai";
    public static final String WORKER = "Priya Worker";
    public static final String BOARD = "Cllr Morgan";
    public static final String ADMIN = "Alex Admin";
    public static final String PASSWORD = "voice-demo-2026";

    private DemoUsers() {
    }
}
