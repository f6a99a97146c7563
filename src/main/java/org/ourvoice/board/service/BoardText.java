package org.ourvoice.board.service;

import org.jspecify.annotations.Nullable;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;

/** The checks every board form's text goes through: no hidden characters, not empty where needed, not too long. */
final class BoardText {

    static final int TITLE = 300;
    static final int PLACE = 200;
    static final int LONG = 2000;
    static final int RESPONSE = 1000;

    private BoardText() {
    }

    /** The tidied text, or a refusal naming what is wrong; {@code neededKey} is the message for empty text. */
    static String required(@Nullable String raw, int max, String neededKey) {
        String text = optional(raw, max);
        if (text.isEmpty()) {
            throw new UserFacingException(neededKey);
        }
        return text;
    }

    static String optional(@Nullable String raw, int max) {
        if (TextRules.hasControlCharacters(raw)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String text = raw == null ? "" : raw.strip();
        if (TextRules.visibleLength(text) > max) {
            throw new UserFacingException("form.tooLong", max);
        }
        return text;
    }
}
