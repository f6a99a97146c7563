package org.ourvoice;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk only through each other's public service packages, with no cycles. */
class ModularityTest {

    @Test
    void featureBoundariesHold() {
        ApplicationModules.of(Application.class).verify();
    }
}
