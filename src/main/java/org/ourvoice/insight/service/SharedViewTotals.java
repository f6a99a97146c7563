package org.ourvoice.insight.service;

import org.ourvoice.insight.domain.MonthlyCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many views are shared now, read from the monthly counts (a few hundred rows) instead of
 * counting the views themselves. Read-only; callers check who is asking.
 */
@Component
public class SharedViewTotals {

    private final MonthlyCounts counts;

    SharedViewTotals(MonthlyCounts counts) {
        this.counts = counts;
    }

    /** Every view shared now, whatever its themes, each counted once. */
    @Transactional(readOnly = true)
    public long allShared() {
        return counts.allTime(MonthlyCounts.ALL_VIEWS);
    }
}
