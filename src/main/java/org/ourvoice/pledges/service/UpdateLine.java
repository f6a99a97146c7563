package org.ourvoice.pledges.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.BoardActionDirectory.ActionSummary;
import org.ourvoice.pledges.domain.DeliveryStatus;

/** One dated piece of evidence about a promise, and the board action it links to where there is one. */
public record UpdateLine(long id, LocalDate on, DeliveryStatus status, String evidence, @Nullable Long actionId,
        @Nullable ActionSummary action) {
}
