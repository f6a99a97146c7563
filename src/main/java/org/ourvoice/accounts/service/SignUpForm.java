package org.ourvoice.accounts.service;

import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.AgeBand;

/** What a person types to create their account from an invitation. */
public record SignUpForm(String code, String displayName, String password, String passwordAgain,
        @Nullable AgeBand ageBand, @Nullable Boolean livesInCounty, @Nullable String email) {
}
