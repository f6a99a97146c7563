package org.ourvoice.opportunities.service;

import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.security.Role;

/** One sign-up as the worker running the opportunity sees it: who, where they stand, the support they need, whether they came. */
public record SignUpRow(long signUpId, long accountId, String displayName, Role role, @Nullable AgeBand ageBand,
        SignUpStatus status, int waitingPosition, SupportNeeds needs, @Nullable Boolean attended) {
}
