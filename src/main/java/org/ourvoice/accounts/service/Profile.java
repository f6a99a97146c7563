package org.ourvoice.accounts.service;

import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.security.Role;

/** The parts of an account that figures are broken down by. */
public record Profile(long accountId, String displayName, Role role, @Nullable AgeBand ageBand,
        @Nullable Boolean livesInCounty) {
}
