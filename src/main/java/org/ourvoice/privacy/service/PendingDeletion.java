package org.ourvoice.privacy.service;

import java.time.Instant;
import org.ourvoice.security.Role;

/** A deletion request as the worker who decides it sees it. */
public record PendingDeletion(long id, long accountId, String displayName, Role role, boolean keepAnonymised,
        Instant requestedAt, long version) {
}
