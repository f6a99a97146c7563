package org.ourvoice.pledges.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.SuggestionKind;

/**
 * One of the young person's own suggestions or comments and what became of it. {@code reasonKey}
 * is a message key (a kind reason for not sharing); {@code reasonWords} is a worker's own words.
 */
public record MySuggestion(long id, String documentTitle, int versionNumber, SuggestionKind kind, String text,
        Stage stage, @Nullable String reasonKey, @Nullable String reasonWords, @Nullable String takenInAs,
        long supports, Instant madeAt) {

    /** Where it has got to, in the order it gets there. */
    public enum Stage {
        BEING_CHECKED,
        NOT_SHARED,
        WAITING_FOR_DECISION,
        COMMENT_READ,
        TAKEN_IN,
        TAKEN_IN_CHANGED,
        NOT_TAKEN;

        public String messageKey() {
            return "pledges.stage." + name();
        }
    }
}
