package org.ourvoice.pledges.domain;

/** What a young person wrote about a version: new wording for a commitment, a new commitment, or a comment. */
public enum SuggestionKind {
    WORDING,
    NEW_COMMITMENT,
    COMMENT;

    public String messageKey() {
        return "pledges.suggestionKind." + name();
    }
}
