package org.ourvoice.insight.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ourvoice.insight.domain.MonthlyCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many views are shared now, in all and per theme, read from the monthly counts kept as views are
 * shared and withdrawn, so no view is counted. Numbers only: nobody's words or name.
 */
@Component
public class SharedViewTotals {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 1);

    private final MonthlyCounts counts;

    SharedViewTotals(MonthlyCounts counts) {
        this.counts = counts;
    }

    /** Views shared now, per theme id; a theme with none is left out. */
    @Transactional(readOnly = true)
    public Map<Long, Long> byTheme() {
        Map<Long, Long> totals = new HashMap<>();
        counts.byTheme(FIRST, LAST).stream().filter(s -> s.themeId() != MonthlyCounts.ALL_VIEWS && s.views() > 0)
                .forEach(s -> totals.put(s.themeId(), s.views()));
        return totals;
    }

    /** Every view shared now, each counted once whatever its themes. */
    @Transactional(readOnly = true)
    public long all() {
        return counts.byTheme(FIRST, LAST).stream().filter(s -> s.themeId() == MonthlyCounts.ALL_VIEWS)
                .mapToLong(MonthlyCounts.Sum::views).sum();
    }
}
