package org.ourvoice.pledges.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.domain.VersionStatus;

/** A version in a list: its number, where it is in its life and its dates. */
public record VersionSummary(long id, int number, VersionStatus status, Audience audience,
        @Nullable LocalDate closesOn, @Nullable LocalDate adoptedOn) {
}
