package org.ourvoice.insight.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.ourvoice.themes.service.ThemesMerged;
import org.ourvoice.voice.service.ViewShared;
import org.ourvoice.voice.service.ViewWithdrawn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The dashboard's figures for each period counted in the last minute, so that board members and
 * workers opening the dashboard one after another share one count. The figures are the same whoever
 * reads them (who may read them is checked before this is asked). Everything is forgotten once a view
 * is shared or withdrawn or two themes are merged, as soon as that change is committed; other changes
 * (a theme added, renamed or retired) show within the minute.
 */
@Component
public class RecentDashboards {

    /** How long a period's figures are kept. */
    static final Duration KEPT = Duration.ofMinutes(1);
    /** Most periods kept at once (the presets and a few chosen months). */
    static final int MOST = 100;

    private record Counted(Dashboard dashboard, Instant at) {
    }

    private final Clock clock;
    private final Map<Period, Counted> counted = new ConcurrentHashMap<>();
    private volatile long changes;

    RecentDashboards(Clock clock) {
        this.clock = clock;
    }

    /** The period's figures as counted in the last minute, else counted now by {@code count}. */
    Dashboard get(Period period, Supplier<Dashboard> count) {
        Instant now = clock.instant();
        Counted kept = counted.get(period);
        if (kept != null && !now.isBefore(kept.at()) && now.isBefore(kept.at().plus(KEPT))) {
            return kept.dashboard();
        }
        long changesBefore = changes;
        Dashboard dashboard = count.get();
        synchronized (this) {
            // figures counted while a change was being committed may miss it: they are not kept
            if (changes == changesBefore) {
                if (counted.size() >= MOST) {
                    counted.values().removeIf(c -> !now.isBefore(c.at().plus(KEPT)));
                }
                if (counted.size() < MOST) {
                    counted.put(period, new Counted(dashboard, now));
                }
            }
        }
        return dashboard;
    }

    /** Forgets every period's figures: the next reader counts them afresh. */
    @TransactionalEventListener(classes = {ViewShared.class, ViewWithdrawn.class, ThemesMerged.class},
            fallbackExecution = true)
    public synchronized void forget() {
        changes++;
        counted.clear();
    }
}
