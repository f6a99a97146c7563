package org.ourvoice.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ourvoice.common.UserFacingException;

/** Asserts that an action is refused with a plain-words message, named by its key. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(messageKey);
    }
}
