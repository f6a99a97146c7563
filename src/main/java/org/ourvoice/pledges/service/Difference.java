package org.ourvoice.pledges.service;

import org.jspecify.annotations.Nullable;

/** How one commitment differs between two versions; numbers and words are absent where it is absent. */
public record Difference(String threadKey, Kind kind, @Nullable Integer numberBefore, @Nullable Integer numberAfter,
        @Nullable String textBefore, @Nullable String textAfter, @Nullable String explanationBefore,
        @Nullable String explanationAfter) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        SAME;

        public String messageKey() {
            return "pledges.difference." + name();
        }
    }
}
