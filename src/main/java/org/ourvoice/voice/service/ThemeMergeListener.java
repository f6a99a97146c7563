package org.ourvoice.voice.service;

import org.ourvoice.themes.service.ThemesMerged;
import org.ourvoice.voice.domain.ContributionRepository;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Moves the views of a merged theme to the theme it was merged into, once each. */
@Component
@Order(0)
class ThemeMergeListener {

    private final ContributionRepository contributions;

    ThemeMergeListener(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    @EventListener
    @Order(0)
    void on(ThemesMerged merged) {
        contributions.copyTheme(merged.fromThemeId(), merged.intoThemeId());
        contributions.dropTheme(merged.fromThemeId());
    }
}
