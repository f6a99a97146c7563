package org.ourvoice.opportunities.service;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.ourvoice.opportunities.domain.OpportunityKind;

/**
 * What a worker fills in to publish an opportunity: dates and times as the council's clocks show
 * them (UK time), which the service turns into instants, clock changes included.
 */
public record OpportunityForm(@Nullable OpportunityKind kind, @Nullable String title, @Nullable String description,
        @Nullable LocalDate date, @Nullable LocalTime startTime, @Nullable LocalTime endTime, @Nullable String place,
        @Nullable String onlineLink, boolean forChildrenInCare, boolean forCareLeavers, int minAge, int maxAge,
        int places, @Nullable LocalDate closingDate) {
}
