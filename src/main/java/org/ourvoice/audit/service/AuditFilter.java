package org.ourvoice.audit.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the administrator narrows the audit trail to; null parts mean "any". */
public record AuditFilter(@Nullable AuditAction action, @Nullable Instant from, @Nullable Instant until) {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null);
    }
}
