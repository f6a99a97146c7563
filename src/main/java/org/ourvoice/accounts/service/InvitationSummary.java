package org.ourvoice.accounts.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.InvitationStatus;
import org.ourvoice.security.Role;

/** An invitation as the worker who made it sees it; the code itself is shown only once, when made. */
public record InvitationSummary(long id, Role role, @Nullable String note, Instant createdAt, Instant expiresAt,
        InvitationStatus status) {
}
