package org.ourvoice.board.service;

import org.ourvoice.board.domain.AgendaItemRepository;
import org.ourvoice.board.domain.DecisionRepository;
import org.ourvoice.themes.service.ThemesMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves decisions and agenda items of a merged theme to the theme it was merged into, once each. */
@Component
class BoardThemeMergeListener {

    private final DecisionRepository decisions;
    private final AgendaItemRepository agenda;

    BoardThemeMergeListener(DecisionRepository decisions, AgendaItemRepository agenda) {
        this.decisions = decisions;
        this.agenda = agenda;
    }

    @EventListener
    void on(ThemesMerged merged) {
        decisions.copyTheme(merged.fromThemeId(), merged.intoThemeId());
        decisions.dropTheme(merged.fromThemeId());
        agenda.copyTheme(merged.fromThemeId(), merged.intoThemeId());
        agenda.dropTheme(merged.fromThemeId());
    }
}
