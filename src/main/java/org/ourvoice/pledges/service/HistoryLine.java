package org.ourvoice.pledges.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change in a document's history: when, by whom, to which version, what and how. */
public record HistoryLine(Instant at, @Nullable String by, @Nullable Integer versionNumber, String what,
        @Nullable String detail) {
}
