package org.ourvoice.audit.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the audit trail as the administrator reads it. */
public record AuditRecord(long id, Instant occurredAt, @Nullable String actorName, String action,
        @Nullable String subject, @Nullable String detail) {
}
