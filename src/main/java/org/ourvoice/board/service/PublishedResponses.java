package org.ourvoice.board.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ourvoice.board.domain.BoardResponse;
import org.ourvoice.board.domain.BoardResponseRepository;
import org.ourvoice.board.domain.Decision;
import org.ourvoice.board.domain.DecisionRepository;
import org.ourvoice.common.YouSaidWeDidHighlights;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.voice.service.SharedViewLookup;
import org.ourvoice.voice.service.ViewFollowUps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published responses for reports ("You said, we did" highlights) and for "My say" under each view they answer. */
@Component
class PublishedResponses implements YouSaidWeDidHighlights, ViewFollowUps {

    private final BoardResponseRepository responses;
    private final DecisionRepository decisions;
    private final SharedViewLookup views;
    private final ThemeService themes;

    PublishedResponses(BoardResponseRepository responses, DecisionRepository decisions, SharedViewLookup views,
            ThemeService themes) {
        this.responses = responses;
        this.decisions = decisions;
        this.views = views;
        this.themes = themes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Highlight> publishedBetween(LocalDate from, LocalDate to, int limit) {
        List<BoardResponse> found = responses.findByPublishedAtBetweenOrderByPublishedAtDesc(
                from.atStartOfDay(DisplayFormats.UK).toInstant(),
                to.plusDays(1).atStartOfDay(DisplayFormats.UK).toInstant().minusNanos(1));
        Map<Long, String> names = new HashMap<>();
        themes.all().forEach(t -> names.put(t.id(), t.name()));
        List<Highlight> highlights = new ArrayList<>();
        for (BoardResponse r : found.stream().limit(Math.max(0, limit)).toList()) {
            Decision d = decisions.findById(r.getDecisionId()).orElse(null);
            highlights.add(new Highlight(d == null ? "" : theme(d, names), r.getYouSaid(), r.getWeDid(), r.getByWhen(),
                    r.getPublishedAt().atZone(DisplayFormats.UK).toLocalDate()));
        }
        return highlights;
    }

    private String theme(Decision d, Map<Long, String> names) {
        Set<Long> ids = d.getThemeIds();
        if (ids.isEmpty()) {
            ids = Set.copyOf(views.shared(d.getViewIds()).stream().flatMap(v -> v.themeIds().stream()).toList());
        }
        return ids.stream().sorted().map(names::get).filter(n -> n != null).findFirst().orElse("");
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUp> forViews(Collection<Long> contributionIds) {
        if (contributionIds.isEmpty()) {
            return List.of();
        }
        List<Decision> answering = decisions.findAnswering(contributionIds);
        Map<Long, BoardResponse> responseOf = new HashMap<>();
        responses.findByDecisionIdIn(answering.stream().map(Decision::requireId).toList())
                .forEach(r -> responseOf.put(r.getDecisionId(), r));
        List<FollowUp> followUps = new ArrayList<>();
        for (Decision d : answering) {
            BoardResponse r = responseOf.get(d.requireId());
            if (r == null) {
                continue;
            }
            d.getViewIds().stream().filter(contributionIds::contains).forEach(view -> followUps.add(new FollowUp(view,
                    r.getYouSaid(), r.getWeDid(), r.getWhatNext(), r.getByWhen(), r.getPublishedAt(),
                    DecisionService.YOU_SAID_WE_DID)));
        }
        return followUps;
    }
}
