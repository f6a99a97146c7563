package org.ourvoice.accounts.domain;

import java.util.Arrays;
import java.util.List;
import org.ourvoice.security.Role;
import org.springframework.modulith.NamedInterface;

/** Age in bands, never a date of birth: enough for breakdowns, little enough to identify nobody. */
@NamedInterface("model")
public enum AgeBand {
    AGE_8_10(Role.YOUNG_PERSON),
    AGE_11_13(Role.YOUNG_PERSON),
    AGE_14_15(Role.YOUNG_PERSON),
    AGE_16_17(Role.YOUNG_PERSON),
    AGE_18_20(Role.CARE_LEAVER),
    AGE_21_25(Role.CARE_LEAVER);

    private final Role role;

    AgeBand(Role role) {
        this.role = role;
    }

    public String messageKey() {
        return "ageBand." + name();
    }

    /** The bands someone in this role can be in. */
    public static List<AgeBand> forRole(Role role) {
        return Arrays.stream(values()).filter(band -> band.role == role).toList();
    }
}
