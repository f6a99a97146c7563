package org.ourvoice.pledges.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.DeliveryStatus;

/** An adopted promise with how it is going (none yet until the first update) and its updates, newest first. */
public record ProgressLine(CommitmentItem commitment, @Nullable DeliveryStatus status, List<UpdateLine> updates) {

    public ProgressLine {
        updates = List.copyOf(updates);
    }
}
