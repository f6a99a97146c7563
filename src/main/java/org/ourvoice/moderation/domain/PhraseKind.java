package org.ourvoice.moderation.domain;

/** What a screening phrase suggests: a risk of harm (urgent) or personal details. */
public enum PhraseKind {
    URGENT,
    PERSONAL;

    public String messageKey() {
        return "moderation.phraseKind." + name();
    }
}
