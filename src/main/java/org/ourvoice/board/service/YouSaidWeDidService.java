package org.ourvoice.board.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ourvoice.board.domain.BoardAction;
import org.ourvoice.board.domain.BoardActionRepository;
import org.ourvoice.board.domain.BoardResponse;
import org.ourvoice.board.domain.BoardResponseRepository;
import org.ourvoice.board.domain.Decision;
import org.ourvoice.board.domain.DecisionRepository;
import org.ourvoice.board.domain.ResponseAnswer;
import org.ourvoice.board.domain.ResponseAnswerRepository;
import org.ourvoice.common.TookPart;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.insight.service.SharedViewTotals;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewLookup;
import org.ourvoice.voice.service.WrittenAbout;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did" for young people: by theme, what was said, what the board decided and what
 * is happening, with a filter for responses to their own views; and their answer to a response.
 */
@Service
public class YouSaidWeDidService {

    static final int QUOTES = 3;

    private final BoardResponseRepository responses;
    private final DecisionRepository decisions;
    private final BoardActionRepository actions;
    private final ResponseAnswerRepository answers;
    private final SharedViewLookup views;
    private final ContributionService contributions;
    private final BoardReads reads;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SharedViewTotals totals;

    YouSaidWeDidService(BoardResponseRepository responses, DecisionRepository decisions,
            BoardActionRepository actions, ResponseAnswerRepository answers, SharedViewLookup views,
            ContributionService contributions, BoardReads reads, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, SharedViewTotals totals) {
        this.responses = responses;
        this.decisions = decisions;
        this.actions = actions;
        this.answers = answers;
        this.views = views;
        this.contributions = contributions;
        this.reads = reads;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.totals = totals;
    }

    /**
     * Every published response grouped by theme (a response is under each theme its decision or the
     * views it answers are about), newest first; only those answering the reader's own views when asked.
     */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public List<ThemeStories> stories(boolean aboutMeOnly) {
        long me = currentUser.require().accountId();
        List<BoardResponse> published = responses.findAllByOrderByPublishedAtDesc();
        Map<Long, Decision> decisionOf = new HashMap<>();
        decisions.findAllById(published.stream().map(BoardResponse::getDecisionId).toList())
                .forEach(d -> decisionOf.put(d.requireId(), d));
        Set<Long> allViews = new HashSet<>();
        decisionOf.values().forEach(d -> allViews.addAll(d.getViewIds()));
        Map<Long, SharedView> shared = new HashMap<>();
        views.shared(allViews).forEach(v -> shared.put(v.id(), v));
        Set<Long> mine = views.writtenBy(me, allViews);
        Map<Long, List<BoardAction>> actionsOf = new HashMap<>();
        actions.findByDecisionIdInOrderByDueOnAscIdAsc(decisionOf.keySet())
                .forEach(a -> actionsOf.computeIfAbsent(a.getDecisionId(), k -> new ArrayList<>()).add(a));
        List<Long> responseIds = published.stream().map(BoardResponse::requireId).toList();
        Map<Long, ResponseAnswer> myAnswers = new HashMap<>();
        answers.findByAccountId(me).forEach(a -> myAnswers.put(a.getResponseId(), a));
        Map<Long, ContributionStatus> myComments = new HashMap<>();
        for (MyContribution c : contributions.mineAbout(WrittenAbout.RESPONSE, responseIds)) {
            myAnswers.values().stream().filter(a -> Long.valueOf(c.id()).equals(a.getCommentId()))
                    .forEach(a -> myComments.putIfAbsent(a.getResponseId(), c.status()));
        }

        Map<Long, List<YouSaidStory>> byTheme = new LinkedHashMap<>();
        for (BoardResponse r : published) {
            Decision d = decisionOf.get(r.getDecisionId());
            if (d == null) {
                continue;
            }
            boolean aboutMe = d.getViewIds().stream().anyMatch(mine::contains);
            if (aboutMeOnly && !aboutMe) {
                continue;
            }
            List<BoardAction> its = actionsOf.getOrDefault(d.requireId(), List.of());
            ResponseAnswer mineAnswer = myAnswers.get(r.requireId());
            YouSaidStory story = new YouSaidStory(r.requireId(), d.getTitle(), r.getYouSaid(), r.getWeDid(),
                    r.getWhatNext(), r.getByWhen(), r.getPublishedAt(),
                    !its.isEmpty() && its.stream().noneMatch(a -> a.getStatus().isOpen()),
                    its.stream().map(a -> new ActionLine(a.getTitle(), a.getDueOn(), a.getStatus(), a.getExplanation(),
                            a.isOverdue(reads.today()))).toList(),
                    aboutMe, mineAnswer == null ? null : mineAnswer.getVerdict(), myComments.get(r.requireId()));
            Set<Long> themes = new HashSet<>(d.getThemeIds());
            d.getViewIds().stream().map(shared::get).filter(v -> v != null).forEach(v -> themes.addAll(v.themeIds()));
            themes.stream().sorted().forEach(t -> byTheme.computeIfAbsent(t, k -> new ArrayList<>()).add(story));
        }
        List<ThemeStories> result = new ArrayList<>();
        Map<Long, Long> sharedPerTheme = totals.byTheme();
        byTheme.forEach((theme, stories) -> result.add(new ThemeStories(theme, sharedPerTheme.getOrDefault(theme, 0L),
                views.quotes(theme, QUOTES), stories)));
        result.sort(Comparator.comparing((ThemeStories t) -> t.stories().getFirst().publishedAt()).reversed());
        return result;
    }

    /**
     * Answers a response once: yes, partly or no, and perhaps a comment, which a worker checks like
     * any view before anyone else reads it.
     */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional
    public void answer(long responseId, AnswerForm form) {
        long me = currentUser.require().accountId();
        if (form.verdict() == null) {
            throw new UserFacingException("yousaid.verdictNeeded");
        }
        if (!responses.existsById(responseId)) {
            throw new UserFacingException("yousaid.responseGone");
        }
        if (answers.findByResponseIdAndAccountId(responseId, me).isPresent()) {
            throw new UserFacingException("yousaid.alreadyAnswered");
        }
        String comment = form.comment() == null ? "" : form.comment().strip();
        Long commentId = comment.isEmpty() ? null
                : contributions.submitAbout(WrittenAbout.RESPONSE, responseId, form.comment(), form.showName(),
                        form.submissionKey());
        answers.saveAndFlush(new ResponseAnswer(responseId, me, form.verdict(), commentId, clock.instant()));
        events.publishEvent(new TookPart(me, TookPart.Kind.ANSWERED_RESPONSE, clock.instant()));
    }
}
