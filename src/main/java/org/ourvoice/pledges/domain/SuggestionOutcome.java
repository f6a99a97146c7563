package org.ourvoice.pledges.domain;

/** What became of a suggestion: taken in as written, taken in with changes, or not taken (with a reason). */
public enum SuggestionOutcome {
    TAKEN_IN,
    TAKEN_IN_CHANGED,
    NOT_TAKEN;

    public String messageKey() {
        return "pledges.outcome." + name();
    }
}
