package org.ourvoice.voice.domain;

import org.springframework.modulith.NamedInterface;

/** How a young person feels about what they said, from the five faces on the form. */
@NamedInterface("model")
public enum Mood {
    VERY_UNHAPPY("😢"),
    UNHAPPY("🙁"),
    OK("😐"),
    HAPPY("🙂"),
    VERY_HAPPY("😄");

    private final String face;

    Mood(String face) {
        this.face = face;
    }

    public String face() {
        return face;
    }

    public String messageKey() {
        return "mood." + name();
    }
}
