package org.ourvoice.board.service;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A published response, with the version to edit it against. */
public record ResponseItem(long id, long version, long decisionId, String youSaid, String weDid, String whatNext,
        @Nullable LocalDate byWhen, Instant publishedAt) {
}
