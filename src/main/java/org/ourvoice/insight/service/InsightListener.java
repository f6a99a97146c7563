package org.ourvoice.insight.service;

import org.ourvoice.insight.domain.MonthlyCounts;
import org.ourvoice.themes.service.ThemesMerged;
import org.ourvoice.voice.service.ContributionModeration;
import org.ourvoice.voice.service.SharedFacts;
import org.ourvoice.voice.service.ViewShared;
import org.ourvoice.voice.service.ViewWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly counts in step with the views, in the same transaction: one more when a view
 * is shared, one fewer when it is withdrawn, and counted afresh for the two themes of a merge
 * (after the views have moved).
 */
@Component
class InsightListener {

    private final MonthlyCounts counts;
    private final ContributionModeration contributions;

    InsightListener(MonthlyCounts counts, ContributionModeration contributions) {
        this.counts = counts;
        this.contributions = contributions;
    }

    @EventListener
    void on(ViewShared shared) {
        change(shared.facts(), 1);
    }

    @EventListener
    void on(ViewWithdrawn withdrawn) {
        change(withdrawn.facts(), -1);
    }

    @EventListener
    @Order(10)
    void on(ThemesMerged merged) {
        recount(merged.fromThemeId());
        recount(merged.intoThemeId());
    }

    private void change(SharedFacts facts, int delta) {
        counts.add(facts.month(), MonthlyCounts.ALL_VIEWS, facts.mood().name(), facts.role().name(), facts.ageBand(),
                facts.livesInCounty(), delta);
        for (long theme : facts.themeIds()) {
            counts.add(facts.month(), theme, facts.mood().name(), facts.role().name(), facts.ageBand(),
                    facts.livesInCounty(), delta);
        }
    }

    private void recount(long themeId) {
        counts.replace(themeId, contributions.countFacts(themeId).stream()
                .map(f -> new MonthlyCounts.Row(f.month(), f.mood(), f.role(), f.ageBand(), f.livesInCounty(),
                        f.views()))
                .toList());
    }
}
