package org.ourvoice.pledges.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.SuggestionKind;
import org.ourvoice.pledges.domain.SuggestionOutcome;

/**
 * Who shaped an adopted version: the chosen names of those who asked to be named, how many more
 * young people took part, and which suggestions changed which commitment.
 */
public record Credits(List<String> names, int others, List<ChangeMade> changes) {

    public Credits {
        names = List.copyOf(names);
        changes = List.copyOf(changes);
    }

    public int people() {
        return names.size() + others;
    }

    /** A suggestion taken in: what it was, what the commitment said before and says now. */
    public record ChangeMade(SuggestionKind kind, SuggestionOutcome outcome, @Nullable Integer number,
            String suggested, @Nullable String before, String after) {
    }
}
