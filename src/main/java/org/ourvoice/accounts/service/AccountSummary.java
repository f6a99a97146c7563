package org.ourvoice.accounts.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.security.Role;

/** An account as workers and administrators see it in the accounts list. */
public record AccountSummary(long id, String displayName, Role role, @Nullable AgeBand ageBand,
        @Nullable Boolean livesInCounty, boolean enabled, boolean locked, @Nullable Instant lastSignInAt,
        long version) {
}
