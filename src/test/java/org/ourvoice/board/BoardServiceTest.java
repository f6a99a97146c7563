package org.ourvoice.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.board.domain.ActionStatus;
import org.ourvoice.board.domain.Verdict;
import org.ourvoice.board.service.ActionFilter;
import org.ourvoice.board.service.ActionForm;
import org.ourvoice.board.service.ActionItem;
import org.ourvoice.board.service.ActionReminderJob;
import org.ourvoice.board.service.ActionService;
import org.ourvoice.board.service.AgendaForm;
import org.ourvoice.board.service.AnswerForm;
import org.ourvoice.board.service.BoardFigures;
import org.ourvoice.board.service.DecisionForm;
import org.ourvoice.board.service.DecisionItem;
import org.ourvoice.board.service.DecisionPage;
import org.ourvoice.board.service.DecisionService;
import org.ourvoice.board.service.MeetingDetail;
import org.ourvoice.board.service.MeetingForm;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.board.service.MeetingSummary;
import org.ourvoice.board.service.OwnerChoice;
import org.ourvoice.board.service.ResponseForm;
import org.ourvoice.board.service.ResponseItem;
import org.ourvoice.board.service.ThemeStories;
import org.ourvoice.board.service.YouSaidStory;
import org.ourvoice.board.service.YouSaidWeDidService;
import org.ourvoice.common.AttendedBoardMeeting;
import org.ourvoice.common.BoardActionDirectory;
import org.ourvoice.common.YouSaidWeDidHighlights;
import org.ourvoice.insight.service.BoardPackContent;
import org.ourvoice.insight.service.BoardPackDocument;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestSharing;
import org.ourvoice.support.TestViews;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ViewFollowUps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's rules on a real database: meetings, decisions traced to shared views, actions with
 * owners and due dates, responses that tell the young people answered, their answers, and the figures.
 */
@PortalTest
class BoardServiceTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    ActionService actions;
    @Autowired
    YouSaidWeDidService youSaid;
    @Autowired
    ActionReminderJob reminders;
    @Autowired
    List<BoardPackContent> packContents;
    @Autowired
    BoardActionDirectory directory;
    @Autowired
    YouSaidWeDidHighlights highlights;
    @Autowired
    List<ViewFollowUps> followUps;
    @Autowired
    TestSharing sharing;
    @Autowired
    List<org.ourvoice.common.PersonalDataHolder> holders;
    @Autowired
    org.ourvoice.themes.service.ThemeService themes;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private ThemeChoice theme;
    private String young;
    private long view;
    private long boardId;

    @BeforeEach
    void aSharedView() {
        theme = sharing.theme("Buses");
        young = sharing.youngPerson(AgeBand.AGE_14_15, true);
        view = sharing.share(young, "The last bus home is too early " + TestSharing.word(), Mood.OK, theme.id());
        boardId = views.accountId(DemoUsers.BOARD);
    }

    private LocalDate today() {
        return LocalDate.now(UK);
    }

    private MeetingSummary meeting() {
        return runAs.user(DemoUsers.BOARD, () -> meetings.create(new MeetingForm(today().plusDays(3), "County Hall")));
    }

    private DecisionItem decision(long meetingId) {
        return runAs.user(DemoUsers.BOARD, () -> decisions.record(new DecisionForm(meetingId,
                "Ask for a later bus " + TestSharing.word(), "Young people cannot get home from college clubs",
                List.of(theme.id()), List.of(view))));
    }

    private ActionItem action(long decisionId) {
        return runAs.user(DemoUsers.BOARD, () -> actions.add(decisionId, new ActionForm("Write to the bus company",
                boardId, today().plusDays(10))));
    }

    private int notices(String name, String key) {
        return jdbc.queryForObject("select count(*) from notice where recipient_id = ? and message_key = ?",
                Integer.class, views.accountId(name), key);
    }

    @Test
    void aDecisionTracesToTheViewItAnswersAndItsResponseTellsTheAuthor() {
        MeetingSummary meeting = meeting();
        runAs.user(DemoUsers.BOARD, () -> meetings.addAgendaItem(meeting.id(),
                new AgendaForm("Getting home at night", List.of(theme.id()), List.of(view))));
        MeetingDetail detail = runAs.user(DemoUsers.BOARD, () -> meetings.meeting(meeting.id()));
        assertThat(detail.agenda()).singleElement().satisfies(item -> {
            assertThat(item.themeIds()).containsExactly(theme.id());
            assertThat(item.views()).extracting(v -> v.id()).containsExactly(view);
        });

        DecisionItem decision = decision(meeting.id());
        assertThat(decision.views()).extracting(v -> v.id()).containsExactly(view);
        assertThat(decision.response()).isNull();
        ActionItem action = action(decision.id());
        assertThat(action.ownerName()).isEqualTo(DemoUsers.BOARD);
        assertThat(action.status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(action.overdue()).isFalse();

        int before = notices(young, "yousaid.notice.response");
        ResponseItem response = runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision.id(), null,
                new ResponseForm("The last bus is too early", "We asked for a later bus",
                        "The bus company will answer", today().plusDays(30))));
        assertThat(notices(young, "yousaid.notice.response")).isEqualTo(before + 1);
        assertThat(views.audited("RESPONSE_PUBLISHED", "decision " + decision.id())).isEqualTo(1);

        // changing the response does not tell them again, and needs the version last seen
        runAs.user(DemoUsers.WORKER, () -> decisions.respond(decision.id(), response.version(),
                new ResponseForm("The last bus is too early", "We asked for a bus at 11pm", "They answer by March",
                        null)));
        assertThat(notices(young, "yousaid.notice.response")).isEqualTo(before + 1);
        assertRefused(() -> runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision.id(), response.version(),
                new ResponseForm("a", "b", "c", null))), "form.conflict");
        assertThat(runAs.user(DemoUsers.BOARD, () -> decisions.decision(decision.id())).response().weDid())
                .isEqualTo("We asked for a bus at 11pm");

        // the young person sees it in My say and on "You said, we did", and among things they said
        assertThat(followUps).singleElement().satisfies(f -> assertThat(f.forViews(List.of(view)))
                .singleElement().satisfies(up -> {
                    assertThat(up.weDid()).isEqualTo("We asked for a bus at 11pm");
                    assertThat(up.route()).isEqualTo("you-said-we-did");
                }));
        List<ThemeStories> mine = runAs.user(young, () -> youSaid.stories(true));
        assertThat(mine).singleElement().satisfies(t -> {
            assertThat(t.themeId()).isEqualTo(theme.id());
            assertThat(t.views()).isEqualTo(1);
            assertThat(t.stories()).singleElement().satisfies(s -> {
                assertThat(s.aboutMe()).isTrue();
                assertThat(s.finished()).isFalse();
                assertThat(s.actions()).singleElement().satisfies(a -> assertThat(a.title())
                        .isEqualTo("Write to the bus company"));
            });
        });
        String other = sharing.youngPerson(AgeBand.AGE_16_17, false);
        assertThat(runAs.user(other, () -> youSaid.stories(true))).noneMatch(t -> t.themeId() == theme.id());
        assertThat(runAs.user(other, () -> youSaid.stories(false))).anySatisfy(t -> assertThat(t.themeId())
                .isEqualTo(theme.id()));

        // once every action is done the response is finished
        runAs.user(DemoUsers.BOARD, () -> actions.changeStatus(action.id(), action.version(), ActionStatus.DONE, ""));
        assertThat(story(young)).satisfies(s -> assertThat(s.finished()).isTrue());
    }

    private YouSaidStory story(String who) {
        return runAs.user(who, () -> youSaid.stories(true)).stream().filter(t -> t.themeId() == theme.id())
                .findFirst().orElseThrow().stories().getFirst();
    }

    @Test
    void youngPeopleAnswerOnceAndTheirCommentIsCheckedBeforeTheBoardReadsIt() {
        DecisionItem decision = decision(meeting().id());
        ResponseItem response = runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision.id(), null,
                new ResponseForm("You said", "We did", "Next", null)));
        assertRefused(() -> runAs.user(young, () -> {
            youSaid.answer(response.id(), new AnswerForm(null, "", false, UUID.randomUUID().toString()));
        }), "yousaid.verdictNeeded");
        assertRefused(() -> runAs.user(young, () -> {
            youSaid.answer(response.id(), new AnswerForm(Verdict.PARTLY, "x".repeat(100_000), false,
                    UUID.randomUUID().toString()));
        }), "form.tooLong");

        String words = "It helps but the bus is still full " + TestSharing.word();
        runAs.user(young, () -> youSaid.answer(response.id(), new AnswerForm(Verdict.PARTLY, words, false,
                UUID.randomUUID().toString())));
        assertRefused(() -> runAs.user(young, () -> {
            youSaid.answer(response.id(), new AnswerForm(Verdict.YES, "", false, UUID.randomUUID().toString()));
        }), "yousaid.alreadyAnswered");
        assertThat(story(young)).satisfies(s -> {
            assertThat(s.myVerdict()).isEqualTo(Verdict.PARTLY);
            assertThat(s.myCommentStatus()).isEqualTo(ContributionStatus.WAITING);
        });

        DecisionItem seen = runAs.user(DemoUsers.BOARD, () -> decisions.decision(decision.id()));
        assertThat(seen.answers().partly()).isEqualTo(1);
        assertThat(seen.comments()).as("not read before a worker checks it").isEmpty();
        Long commentId = jdbc.queryForObject("select id from contribution where about = 'RESPONSE' and about_id = ?",
                Long.class, response.id());
        sharing.approve(commentId);
        assertThat(runAs.user(DemoUsers.BOARD, () -> decisions.decision(decision.id())).comments())
                .singleElement().satisfies(c -> assertThat(c.text()).isEqualTo(words));
        assertThat(jdbc.queryForObject("select count(*) from contribution where id = ? and mood is null",
                Integer.class, commentId)).as("an answer is never one of the board's views").isEqualTo(1);
    }

    @Test
    void anActionNeedsAnOwnerAndADueDateNotInThePast() {
        DecisionItem decision = decision(meeting().id());
        runAs.user(DemoUsers.BOARD, () -> {
            assertRefused(() -> actions.add(decision.id(), new ActionForm("Do it", null, today())), "board.ownerNeeded");
            assertRefused(() -> actions.add(decision.id(), new ActionForm("Do it", boardId, null)), "board.dueNeeded");
            assertRefused(() -> actions.add(decision.id(), new ActionForm("Do it", boardId, today().minusDays(1))),
                    "board.duePast");
            assertRefused(() -> actions.add(decision.id(), new ActionForm("  ", boardId, today())),
                    "board.actionNeeded");
            assertRefused(() -> actions.add(decision.id(), new ActionForm("Do\u0007it", boardId, today())),
                    "form.controlCharacters");
            assertRefused(() -> actions.add(decision.id(), new ActionForm("x".repeat(100_000), boardId, today())),
                    "form.tooLong");
            long youngId = views.accountId(young);
            assertRefused(() -> actions.add(decision.id(), new ActionForm("Do it", youngId, today())),
                    "board.ownerGone");
        });
        assertThat(jdbc.queryForObject("select count(*) from board_action where decision_id = ?", Integer.class,
                decision.id())).isZero();
        ActionItem stored = runAs.user(DemoUsers.BOARD, () -> actions.add(decision.id(),
                new ActionForm("'; drop table board_action; -- <script>alert(1)</script> مرحبا 🚌", boardId, today())));
        assertThat(stored.title()).isEqualTo("'; drop table board_action; -- <script>alert(1)</script> مرحبا 🚌");
        assertThat(runAs.user(DemoUsers.BOARD, () -> actions.owners())).extracting(OwnerChoice::name)
                .contains(DemoUsers.BOARD, DemoUsers.WORKER).doesNotContain(young);
    }

    @Test
    void notPossibleNeedsAnExplanationAndTwoEditorsGetAClearConflict() {
        ActionItem action = action(decision(meeting().id()).id());
        runAs.user(DemoUsers.BOARD, () -> {
            assertRefused(() -> actions.changeStatus(action.id(), action.version(), ActionStatus.NOT_POSSIBLE, " "),
                    "board.explanationNeeded");
            ActionItem moved = actions.changeStatus(action.id(), action.version(), ActionStatus.IN_PROGRESS, null);
            assertRefused(() -> actions.change(action.id(), action.version(),
                    new ActionForm("Someone else's edit", boardId, today().plusDays(2))), "form.conflict");
            ActionItem notPossible = actions.changeStatus(action.id(), moved.version(), ActionStatus.NOT_POSSIBLE,
                    "The bus company said no");
            assertThat(notPossible.explanation()).isEqualTo("The bus company said no");
            ActionItem noted = actions.addUpdate(action.id(), "Met the bus company on Tuesday");
            assertThat(noted.updates()).extracting(u -> u.text()).containsExactly("Met the bus company on Tuesday");
            assertThat(noted.updates().getFirst().writtenBy()).isEqualTo(DemoUsers.BOARD);
        });
        DecisionItem decision = decision(meeting().id());
        runAs.user(DemoUsers.WORKER, () -> decisions.update(decision.id(), decision.version(), new DecisionForm(
                decision.meetingId(), "Changed by the worker", "Because", List.of(theme.id()), List.of())));
        assertRefused(() -> runAs.user(DemoUsers.BOARD, () -> decisions.update(decision.id(), decision.version(),
                new DecisionForm(decision.meetingId(), "Changed by the board", "Because", List.of(theme.id()),
                        List.of()))), "form.conflict");
        assertThat(runAs.user(DemoUsers.BOARD, () -> decisions.decision(decision.id())).title())
                .isEqualTo("Changed by the worker");
    }

    @Test
    void aDecisionAnswersSharedViewsOrThemesOnly() {
        long meetingId = meeting().id();
        long waiting = sharing.send(young, "Not checked yet " + TestSharing.word(), Mood.OK, theme.id());
        runAs.user(DemoUsers.BOARD, () -> {
            assertRefused(() -> decisions.record(new DecisionForm(meetingId, "A", "B", List.of(), List.of())),
                    "board.linkNeeded");
            assertRefused(() -> decisions.record(new DecisionForm(meetingId, "A", "B", List.of(), List.of(waiting))),
                    "board.viewNotShared");
            assertRefused(() -> decisions.record(new DecisionForm(null, "A", "B", List.of(theme.id()), List.of())),
                    "board.meetingNeeded");
            assertRefused(() -> decisions.record(new DecisionForm(meetingId, "", "B", List.of(theme.id()), List.of())),
                    "board.decisionNeeded");
            assertRefused(() -> decisions.record(new DecisionForm(meetingId, "A", "", List.of(theme.id()), List.of())),
                    "board.reasonNeeded");
            assertRefused(() -> meetings.create(new MeetingForm(null, "Hall")), "board.meetingDateNeeded");
            assertRefused(() -> meetings.create(new MeetingForm(today(), " ")), "board.placeNeeded");
            assertRefused(() -> decisions.respond(decision(meetingId).id(), null, new ResponseForm("a", "", "c", null)),
                    "board.weDidNeeded");
        });
    }

    @Test
    void overdueActionsStandOutInTheTrackerThePackAndForOtherFeatures() {
        DecisionItem decision = decision(meeting().id());
        ActionItem late = action(decision.id());
        ActionItem onTime = action(decision.id());
        jdbc.update("update board_action set due_on = ? where id = ?", today().minusDays(2), late.id());

        List<ActionItem> overdue = runAs.user(DemoUsers.WORKER, () -> actions.tracker(
                new ActionFilter(null, null, theme.id(), null, true), 0, 50));
        assertThat(overdue).extracting(ActionItem::id).containsExactly(late.id());
        assertThat(overdue.getFirst().overdue()).isTrue();
        assertThat(runAs.user(DemoUsers.WORKER, () -> actions.countTracker(
                new ActionFilter(null, null, null, decision.meetingId(), false)))).isEqualTo(2);
        assertThat(runAs.user(DemoUsers.WORKER, () -> actions.tracker(
                new ActionFilter(ActionStatus.DONE, null, theme.id(), null, false), 0, 50))).isEmpty();

        String csv = new String(runAs.user(DemoUsers.BOARD, () -> actions.exportCsv(
                new ActionFilter(null, null, theme.id(), null, false), (k, a) -> k)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"board.csv.action\"").contains("\"board.csv.yes\"")
                .contains(decision.title());

        assertThat(directory.openActions()).filteredOn(a -> a.id() == late.id()).singleElement()
                .satisfies(a -> assertThat(a.overdue()).isTrue());
        assertThat(directory.find(onTime.id())).hasValueSatisfying(a -> assertThat(a.overdue()).isFalse());
        List<BoardPackDocument.Section> sections = runAs.user(DemoUsers.BOARD, () -> packContents.stream()
                .flatMap(c -> c.sections(today(), Locale.ENGLISH).stream()).toList());
        assertThat(sections).anySatisfy(s -> {
            assertThat(s.title()).isEqualTo("Open actions");
            assertThat(s.lines().getFirst()).startsWith("OVERDUE:");
        });
        BoardFigures figures = runAs.user(DemoUsers.BOARD, () -> decisions.figures());
        assertThat(figures.overdueActions()).isGreaterThanOrEqualTo(1);
        assertThat(figures.openActions()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void figuresCountViewsWithAResponseAndTheMedianDaysToIt() {
        BoardFigures before = runAs.user(DemoUsers.BOARD, () -> decisions.figures());
        DecisionItem decision = decision(meeting().id());
        jdbc.update("update contribution set decided_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(4))), view);
        runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision.id(), null, new ResponseForm("a", "b", "c", null)));
        BoardFigures after = runAs.user(DemoUsers.BOARD, () -> decisions.figures());
        assertThat(after.viewsWithResponse()).isEqualTo(before.viewsWithResponse() + 1);
        assertThat(after.sharedViews()).isEqualTo(before.sharedViews());
        assertThat(after.percentWithResponse()).isEqualTo(
                (int) Math.round(100.0 * after.viewsWithResponse() / after.sharedViews()));
        assertThat(after.medianDaysToResponse()).isNotNull();
        assertThat(runAs.user(DemoUsers.BOARD, () -> highlights.publishedBetween(today(), today(), 100))).anySatisfy(h -> {
            assertThat(h.theme()).isEqualTo(theme.name());
            assertThat(h.weDid()).isEqualTo("b");
        });
    }

    @Test
    void decisionsComeAPageAtATimeWithTheirOwnActionsUpdatesAndViews() {
        MeetingSummary meeting = meeting();
        int count = DecisionService.PAGE_SIZE + 5;
        List<Long> recorded = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            recorded.add(decision(meeting.id()).id());
        }
        ActionItem first = action(recorded.getFirst());
        ActionItem last = action(recorded.getLast());
        runAs.user(DemoUsers.BOARD, () -> actions.addUpdate(first.id(), "Letter sent"));
        runAs.user(DemoUsers.BOARD, () -> actions.addUpdate(last.id(), "Meeting booked"));

        DecisionPage one = runAs.user(DemoUsers.BOARD, () -> decisions.decisions(meeting.id(), 0,
                DecisionService.PAGE_SIZE));
        DecisionPage two = runAs.user(DemoUsers.WORKER, () -> decisions.decisions(meeting.id(), 1,
                DecisionService.PAGE_SIZE));
        assertThat(one.items()).hasSize(DecisionService.PAGE_SIZE);
        assertThat(one.more()).isTrue();
        assertThat(two.items()).hasSize(5);
        assertThat(two.more()).isFalse();
        List<DecisionItem> all = new java.util.ArrayList<>(one.items());
        all.addAll(two.items());
        assertThat(all).extracting(DecisionItem::id).containsExactlyElementsOf(recorded);
        assertThat(all.getFirst().actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(first.id());
            assertThat(a.updates()).extracting(u -> u.text()).containsExactly("Letter sent");
        });
        assertThat(all.getLast().actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(last.id());
            assertThat(a.updates()).extracting(u -> u.text()).containsExactly("Meeting booked");
        });
        assertThat(all.subList(1, count - 1)).allSatisfy(d -> assertThat(d.actions()).isEmpty());
        assertThat(all).allSatisfy(d -> assertThat(d.views()).extracting(v -> v.id()).containsExactly(view));

        assertThat(runAs.user(DemoUsers.BOARD, () -> meetings.meetings())).filteredOn(m -> m.id() == meeting.id())
                .singleElement().satisfies(m -> {
                    assertThat(m.decisions()).isEqualTo(count);
                    assertThat(m.agendaItems()).isZero();
                });

        DecisionPage newest = runAs.user(DemoUsers.BOARD, () -> decisions.decisions(null, 0, DecisionService.PAGE_SIZE));
        assertThat(newest.items()).hasSize(DecisionService.PAGE_SIZE);
        assertThat(newest.items().getFirst().id()).isEqualTo(recorded.getLast());
        assertThatThrownBy(() -> runAs.user(DemoUsers.BOARD, () -> decisions.decisions(null, 0,
                DecisionService.MAX_PAGE_SIZE + 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresEqualWhatTheDataSays() {
        BoardFigures before = runAs.user(DemoUsers.BOARD, () -> decisions.figures());
        long second = sharing.share(young, "Buses should run on Sundays " + TestSharing.word(), Mood.UNHAPPY, theme.id());
        long third = sharing.share(young, "Cheaper bus fares " + TestSharing.word(), Mood.OK, theme.id());
        long meetingId = meeting().id();
        DecisionItem decision = runAs.user(DemoUsers.BOARD, () -> decisions.record(new DecisionForm(meetingId,
                "Sunday buses " + TestSharing.word(), "Asked for by many", List.of(), List.of(view, second))));
        runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision.id(), null, new ResponseForm("a", "b", "c", null)));
        BoardFigures after = runAs.user(DemoUsers.BOARD, () -> decisions.figures());
        assertThat(after.sharedViews()).isEqualTo(before.sharedViews() + 2);
        assertThat(after.viewsWithResponse()).isEqualTo(before.viewsWithResponse() + 2);
        assertThat(third).isNotIn(view, second);

        // counted by hand from the tables
        Long shared = jdbc.queryForObject(
                "select count(*) from contribution where status = 'APPROVED' and about is null", Long.class);
        assertThat(after.sharedViews()).isEqualTo(shared);
        List<Double> days = jdbc.query("""
                select c.id, coalesce(c.decided_at, c.submitted_at) as shared_at, min(r.published_at) as first_at
                from board_response r join board_decision_view dv on dv.decision_id = r.decision_id
                join contribution c on c.id = dv.contribution_id
                where c.status = 'APPROVED' and c.about is null group by c.id, shared_at""",
                (rs, i) -> Math.max(0, java.time.Duration.between(rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()).toHours()) / 24.0);
        assertThat(after.viewsWithResponse()).isEqualTo(days.size());
        assertThat(after.percentWithResponse()).isEqualTo((int) Math.round(100.0 * days.size() / shared));
        List<Double> sorted = days.stream().sorted().toList();
        double middle = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        assertThat(after.medianDaysToResponse()).isEqualTo(Math.round(middle * 10) / 10.0);
        assertThat(after.openActions()).isEqualTo(jdbc.queryForObject(
                "select count(*) from board_action where status in ('NOT_STARTED', 'IN_PROGRESS')", Long.class));
        assertThat(after.overdueActions()).isEqualTo(jdbc.queryForObject("""
                select count(*) from board_action where status in ('NOT_STARTED', 'IN_PROGRESS') and due_on < ?""",
                Long.class, java.sql.Date.valueOf(today())));
        assertThat(after.answers().yes() + after.answers().partly() + after.answers().no()).isEqualTo(
                jdbc.queryForObject("select count(*) from board_response_answer", Long.class));
    }

    @Test
    void attendanceIsRecordedOnceAndNamesAreForWorkersOnly() {
        MeetingSummary meeting = meeting();
        long youngId = views.accountId(young);
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(s -> events.publishEvent(
                    new AttendedBoardMeeting(youngId, meeting.meetsOn(), Instant.now())));
        }
        MeetingDetail forWorker = runAs.user(DemoUsers.WORKER, () -> meetings.meeting(meeting.id()));
        assertThat(forWorker.youngPeopleAttending()).isEqualTo(1);
        assertThat(forWorker.attendeeNames()).containsExactly(young);
        MeetingDetail forBoard = runAs.user(DemoUsers.BOARD, () -> meetings.meeting(meeting.id()));
        assertThat(forBoard.youngPeopleAttending()).isEqualTo(1);
        assertThat(forBoard.attendeeNames()).isEmpty();
    }

    @Test
    void ownersAreRemindedOfActionsDueWithinTwoWeeksOrOverdue() {
        ActionItem soon = action(decision(meeting().id()).id());
        assertThat(soon.dueOn()).isBefore(today().plusDays(14));
        int before = notices(DemoUsers.BOARD, "board.notice.reminder");
        var run = reminders.remind();
        assertThat(run.getActions()).isGreaterThanOrEqualTo(1);
        assertThat(notices(DemoUsers.BOARD, "board.notice.reminder")).isEqualTo(before + 1);
    }

    @Test
    void aYoungPersonsAnswersAreInMyDataAndKeptWithoutTheirNameOnErasure() {
        ResponseItem response = runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision(meeting().id()).id(),
                null, new ResponseForm("a", "b", "c", null)));
        runAs.user(young, () -> youSaid.answer(response.id(), new AnswerForm(Verdict.YES, "", false,
                UUID.randomUUID().toString())));
        long youngId = views.accountId(young);
        org.ourvoice.common.PersonalDataHolder holder = holders.stream()
                .filter(h -> h.sectionKey().equals("yousaid.privacySection")).findFirst().orElseThrow();
        assertThat(holder.export(youngId)).anySatisfy(row -> assertThat(row).containsEntry("answer", "YES"));
        transactions.executeWithoutResult(s -> holder.erase(youngId, true));
        assertThat(holder.export(youngId)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from board_response_answer where response_id = ?"
                + " and account_id is null and verdict = 'YES'", Integer.class, response.id())).isEqualTo(1);
    }

    @Test
    void aViewAddedToAnAnsweredDecisionIsToldToo() {
        DecisionItem decision = decision(meeting().id());
        runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision.id(), null, new ResponseForm("a", "b", "c", null)));
        String later = sharing.youngPerson(AgeBand.AGE_16_17, true);
        long laterView = sharing.share(later, "Buses stop at nine " + TestSharing.word(), Mood.OK, theme.id());
        assertThat(notices(later, "yousaid.notice.response")).isZero();
        runAs.user(DemoUsers.BOARD, () -> decisions.update(decision.id(), decision.version(), new DecisionForm(
                decision.meetingId(), decision.title(), decision.reason(), List.of(theme.id()),
                List.of(view, laterView))));
        assertThat(notices(later, "yousaid.notice.response")).isEqualTo(1);
        assertThat(notices(young, "yousaid.notice.response")).as("told once, when it was published").isEqualTo(1);
    }

    @Test
    void decisionsMoveWithAMergedTheme() {
        DecisionItem decision = decision(meeting().id());
        ThemeChoice into = sharing.theme("Transport");
        runAs.user(DemoUsers.WORKER, () -> themes.merge(theme.id(), into.id()));
        assertThat(runAs.user(DemoUsers.BOARD, () -> decisions.decision(decision.id())).themeIds())
                .containsExactly(into.id());
    }

    @Test
    void onlyTheRightPeopleGetIn() {
        assertThatThrownBy(() -> runAs.user(young, () -> meetings.meetings())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(young, () -> actions.tracker(ActionFilter.all(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(DemoUsers.BOARD, () -> youSaid.stories(false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(DemoUsers.ADMIN, () -> decisions.figures()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
