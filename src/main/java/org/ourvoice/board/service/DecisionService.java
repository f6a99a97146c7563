package org.ourvoice.board.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.board.domain.BoardActionRepository;
import org.ourvoice.board.domain.BoardResponse;
import org.ourvoice.board.domain.BoardResponseRepository;
import org.ourvoice.board.domain.Decision;
import org.ourvoice.board.domain.DecisionRepository;
import org.ourvoice.board.domain.MeetingRepository;
import org.ourvoice.board.domain.ResponseAnswer;
import org.ourvoice.board.domain.ResponseAnswerRepository;
import org.ourvoice.board.domain.Verdict;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.insight.service.SharedViewTotals;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewLookup;
import org.ourvoice.voice.service.SharedViewService;
import org.ourvoice.voice.service.WrittenAbout;
import org.ourvoice.voice.service.WrittenText;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's decisions, traced to the themes and shared views they answer, and their "You said,
 * we did" responses: publishing one tells every young person whose view it answers. Also the
 * figures that show how well the board closes the loop.
 */
@Service
public class DecisionService {

    /** How many decisions the screen shows at a time. */
    public static final int PAGE_SIZE = 20;
    /** The most decisions read at once. */
    public static final int MAX_PAGE_SIZE = 500;
    /** Where a young person reads the response; the notice links to it. */
    public static final String YOU_SAID_WE_DID = "you-said-we-did";

    private final DecisionRepository decisions;
    private final MeetingRepository meetings;
    private final BoardActionRepository actions;
    private final BoardResponseRepository responses;
    private final ResponseAnswerRepository answers;
    private final ThemeService themes;
    private final SharedViewLookup views;
    private final SharedViewService sharedViews;
    private final SharedViewTotals totals;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final BoardReads reads;
    private final CurrentUser currentUser;
    private final Clock clock;

    DecisionService(DecisionRepository decisions, MeetingRepository meetings, BoardActionRepository actions,
            BoardResponseRepository responses, ResponseAnswerRepository answers, ThemeService themes,
            SharedViewLookup views, SharedViewService sharedViews, SharedViewTotals totals, NotificationService notifications,
            AuditTrail audit, BoardReads reads, CurrentUser currentUser, Clock clock) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.actions = actions;
        this.responses = responses;
        this.answers = answers;
        this.themes = themes;
        this.views = views;
        this.sharedViews = sharedViews;
        this.totals = totals;
        this.notifications = notifications;
        this.audit = audit;
        this.reads = reads;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One page of decisions (counted from 0), newest first; of one meeting, in the order they were
     * recorded, when it is given. Only what the page shows is read.
     */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public DecisionPage decisions(@Nullable Long meetingId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
        PageRequest request = PageRequest.of(page, size);
        Slice<Decision> found = meetingId == null ? decisions.findSliceByOrderByRecordedAtDescIdDesc(request)
                : decisions.findSliceByMeetingIdOrderByIdAsc(meetingId, request);
        return new DecisionPage(items(found.getContent()), found.hasNext());
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public DecisionItem decision(long id) {
        return items(List.of(existing(id))).getFirst();
    }

    /** Records what was decided and why; it must answer at least one theme or shared view. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public DecisionItem record(DecisionForm form) {
        Checked checked = check(form);
        Decision decision = decisions.saveAndFlush(new Decision(checked.meetingId(), checked.title(),
                checked.reason(), form.themeIds(), form.viewIds(), currentUser.require().accountId(),
                clock.instant()));
        audit.record(AuditAction.DECISION_RECORDED, "decision " + decision.requireId(), null);
        return decision(decision.requireId());
    }

    /**
     * Changes a decision as the person last saw it; a change made meanwhile by someone else is refused.
     * When it already has a response, the young people whose views it now answers as well are told.
     */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public DecisionItem update(long id, long expectedVersion, DecisionForm form) {
        Checked checked = check(form);
        Decision decision = existing(id);
        if (decision.getVersion() != expectedVersion) {
            throw new UserFacingException("form.conflict");
        }
        Set<Long> before = decision.getViewIds();
        decision.change(checked.meetingId(), checked.title(), checked.reason(), form.themeIds(), form.viewIds());
        try {
            decisions.saveAndFlush(decision);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("form.conflict");
        }
        if (responses.findByDecisionId(id).isPresent()) {
            Set<Long> added = new HashSet<>(form.viewIds());
            added.removeAll(before);
            tellAuthors(added);
        }
        return decision(id);
    }

    /**
     * Publishes the decision's "You said, we did" response, or changes it (against the version last
     * seen). The first time, every young person whose shared view the decision answers is told in
     * the portal, and by e-mail when they gave an address; the message carries nobody's words.
     */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public ResponseItem respond(long decisionId, @Nullable Long expectedVersion, ResponseForm form) {
        String youSaid = BoardText.required(form.youSaid(), BoardText.RESPONSE, "board.youSaidNeeded");
        String weDid = BoardText.required(form.weDid(), BoardText.RESPONSE, "board.weDidNeeded");
        String whatNext = BoardText.required(form.whatNext(), BoardText.RESPONSE, "board.whatNextNeeded");
        Decision decision = existing(decisionId);
        Optional<BoardResponse> existing = responses.findByDecisionId(decisionId);
        if (existing.isPresent()) {
            BoardResponse response = existing.get();
            if (expectedVersion == null || response.getVersion() != expectedVersion) {
                throw new UserFacingException("form.conflict");
            }
            response.change(youSaid, weDid, whatNext, form.byWhen());
            try {
                return BoardReads.response(responses.saveAndFlush(response));
            } catch (ObjectOptimisticLockingFailureException e) {
                throw new UserFacingException("form.conflict");
            }
        }
        if (expectedVersion != null) {
            throw new UserFacingException("form.conflict");
        }
        BoardResponse response = responses.saveAndFlush(new BoardResponse(decisionId, youSaid, weDid, whatNext,
                form.byWhen(), clock.instant()));
        int told = tellAuthors(decision.getViewIds());
        audit.record(AuditAction.RESPONSE_PUBLISHED, "decision " + decisionId, told + " told");
        return BoardReads.response(response);
    }

    /** Tells the young people who wrote the shared views that the board answered them; returns how many. */
    private int tellAuthors(Collection<Long> viewIds) {
        Set<Long> authors = new HashSet<>(views.authorsOfShared(viewIds).values());
        if (!authors.isEmpty()) {
            notifications.send(authors, NotificationService.Delivery.INBOX_AND_EMAIL, false, "yousaid.notice.response",
                    YOU_SAID_WE_DID);
        }
        return authors.size();
    }

    /**
     * Share of shared views that have a response, median days from a view being shared to its
     * first response, open and overdue actions, and how young people answered.
     */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public BoardFigures figures() {
        Map<Long, Instant> firstResponse = new HashMap<>();
        responses.firstResponseByView().forEach(row -> firstResponse.put(((Number) row[0]).longValue(),
                (Instant) row[1]));
        Map<Long, Instant> answered = sharedViews.sharedAt(firstResponse.keySet());
        List<Double> days = new ArrayList<>();
        answered.forEach((id, sharedAt) -> days.add(
                Math.max(0, Duration.between(sharedAt, firstResponse.get(id)).toHours()) / 24.0));
        long shared = totals.all();
        int percent = shared == 0 ? 0 : (int) Math.round(100.0 * answered.size() / shared);
        Map<Verdict, Long> verdicts = new HashMap<>();
        answers.countByVerdict().forEach(row -> verdicts.put((Verdict) row[0], ((Number) row[1]).longValue()));
        return new BoardFigures(shared, answered.size(), percent, median(days), actions.countOpen(),
                actions.countOverdue(reads.today()), new AnswerTally(verdicts.getOrDefault(Verdict.YES, 0L),
                        verdicts.getOrDefault(Verdict.PARTLY, 0L), verdicts.getOrDefault(Verdict.NO, 0L)));
    }

    static @Nullable Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double value = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(value * 10) / 10.0;
    }

    private List<DecisionItem> items(Collection<Decision> found) {
        List<Long> ids = found.stream().map(Decision::requireId).toList();
        Map<Long, BoardResponse> responseOf = new HashMap<>();
        responses.findByDecisionIdIn(ids).forEach(r -> responseOf.put(r.getDecisionId(), r));
        Map<Long, List<ResponseAnswer>> answersOf = new HashMap<>();
        List<Long> responseIds = responseOf.values().stream().map(BoardResponse::requireId).toList();
        answers.findByResponseIdIn(responseIds).forEach(a -> answersOf.computeIfAbsent(a.getResponseId(),
                k -> new ArrayList<>()).add(a));
        Map<Long, List<WrittenText>> commentsOf = new HashMap<>();
        sharedViews.sharedAbout(WrittenAbout.RESPONSE, responseIds)
                .forEach(w -> commentsOf.computeIfAbsent(w.subjectId(), k -> new ArrayList<>()).add(w));
        Map<Long, List<ActionItem>> actionsOf = new HashMap<>();
        reads.actions(actions.findByDecisionIdInOrderByDueOnAscIdAsc(ids), true)
                .forEach(a -> actionsOf.computeIfAbsent(a.decisionId(), k -> new ArrayList<>()).add(a));
        var dates = reads.meetingDates(new HashSet<>(found.stream().map(Decision::getMeetingId).toList()));
        List<SharedView> pageViews = views.shared(found.stream().flatMap(d -> d.getViewIds().stream())
                .collect(Collectors.toSet()));
        List<DecisionItem> items = new ArrayList<>();
        for (Decision d : found) {
            BoardResponse r = responseOf.get(d.requireId());
            long rid = r == null ? -1 : r.requireId();
            Set<Long> viewIds = d.getViewIds();
            items.add(new DecisionItem(d.requireId(), d.getVersion(), d.getMeetingId(),
                    dates.getOrDefault(d.getMeetingId(), java.time.LocalDate.EPOCH), d.getTitle(), d.getReason(),
                    List.copyOf(d.getThemeIds()),
                    pageViews.stream().filter(v -> viewIds.contains(v.id())).toList(),
                    actionsOf.getOrDefault(d.requireId(), List.of()), r == null ? null : BoardReads.response(r),
                    BoardReads.tally(answersOf.getOrDefault(rid, List.of())), commentsOf.getOrDefault(rid, List.of())));
        }
        return items;
    }

    private Decision existing(long id) {
        return decisions.findById(id).orElseThrow(() -> new UserFacingException("board.decisionGone"));
    }

    private record Checked(long meetingId, String title, String reason) {
    }

    private Checked check(DecisionForm form) {
        String title = BoardText.required(form.title(), BoardText.TITLE, "board.decisionNeeded");
        String reason = BoardText.required(form.reason(), BoardText.LONG, "board.reasonNeeded");
        if (form.meetingId() == null || !meetings.existsById(form.meetingId())) {
            throw new UserFacingException("board.meetingNeeded");
        }
        MeetingService.checkLinks(form.themeIds(), form.viewIds(), themes, views);
        return new Checked(form.meetingId(), title, reason);
    }
}
