package org.ourvoice.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.support.Refusals.assertRefused;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ourvoice.common.AttendedBoardMeeting;
import org.ourvoice.common.TookPart;
import org.ourvoice.notifications.service.NoticeItem;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityCard;
import org.ourvoice.opportunities.service.OpportunityDetails;
import org.ourvoice.opportunities.service.OpportunityForm;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.opportunities.service.OpportunitySummary;
import org.ourvoice.opportunities.service.SignUpResult;
import org.ourvoice.opportunities.service.SignUpRow;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestMailServer;
import org.ourvoice.support.TestOpportunities;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.service.WrittenAbout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Publishing in UK time across clock changes, places and waiting lists, cancelling (the next person
 * waiting gets the place and is told), who may join, support needs, attendance and "how was it?",
 * and workers changing or cancelling what they published, on the real database.
 */
@PortalTest
@RecordApplicationEvents
class OpportunityServiceTest {

    @Autowired
    OpportunityService service;
    @Autowired
    TestOpportunities testOpportunities;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    ApplicationEvents events;
    @Autowired
    NotificationService notifications;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String CANCELLED = "opportunity.notice.cancelled";
    private static final String CHANGED = "opportunity.notice.changed";
    private static final String PLACE_FREE = "opportunity.notice.placeFree";

    private static String title() {
        return "Board seat " + UUID.randomUUID().toString().substring(0, 8);
    }

    private SignUpResult signUp(String who, long opportunityId, SupportNeeds needs) {
        return runAs.user(who, () -> service.signUp(opportunityId, needs));
    }

    private SignUpResult signUp(String who, long opportunityId) {
        return signUp(who, opportunityId, SupportNeeds.none());
    }

    private OpportunitySummary summary(long id) {
        return runAs.user(DemoUsers.WORKER, () -> service.upcoming()).stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow();
    }

    private List<SignUpRow> rows(long id) {
        return runAs.user(DemoUsers.WORKER, () -> service.signUps(id));
    }

    private OpportunityCard card(String who, long id) {
        return runAs.user(who, () -> service.forMe()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private static OpportunityForm at(LocalDate day, LocalTime start, LocalTime end, LocalDate closing) {
        return new OpportunityForm(OpportunityKind.CONSULTATION, title(), "Talk about school", day, start, end,
                "County Hall", null, true, true, 8, 25, 10, closing);
    }

    // --- time -----------------------------------------------------------------------------

    @Test
    void ukTimesAreStoredAsTheRightInstantsEitherSideOfTheClockChanges() {
        // British Summer Time starts at 01:00 GMT on 28 March 2027 and ends at 01:00 GMT on 31 October 2027
        long spring = testOpportunities.publish(at(LocalDate.of(2027, 3, 28), LocalTime.of(10, 0),
                LocalTime.of(12, 0), LocalDate.of(2027, 3, 27)));
        long dayBefore = testOpportunities.publish(at(LocalDate.of(2027, 3, 27), LocalTime.of(10, 0),
                LocalTime.of(12, 0), LocalDate.of(2027, 3, 27)));
        long autumn = testOpportunities.publish(at(LocalDate.of(2027, 10, 31), LocalTime.of(10, 0),
                LocalTime.of(12, 0), LocalDate.of(2027, 10, 30)));
        long twiceOver = testOpportunities.publish(at(LocalDate.of(2027, 10, 31), LocalTime.of(1, 30),
                LocalTime.of(3, 0), LocalDate.of(2027, 10, 30)));

        assertThat(summary(spring).startsAt()).isEqualTo(Instant.parse("2027-03-28T09:00:00Z"));
        assertThat(summary(spring).endsAt()).isEqualTo(Instant.parse("2027-03-28T11:00:00Z"));
        // sign-up closes at the end of the closing day in UK time (midnight GMT that night)
        assertThat(summary(spring).closesAt()).isEqualTo(Instant.parse("2027-03-28T00:00:00Z"));
        assertThat(summary(dayBefore).startsAt()).isEqualTo(Instant.parse("2027-03-27T10:00:00Z"));
        // closing on the day itself means closing when it starts
        assertThat(summary(dayBefore).closesAt()).isEqualTo(Instant.parse("2027-03-27T10:00:00Z"));
        assertThat(summary(autumn).startsAt()).isEqualTo(Instant.parse("2027-10-31T10:00:00Z"));
        assertThat(summary(autumn).closesAt()).isEqualTo(Instant.parse("2027-10-30T23:00:00Z"));
        // 01:30 happens twice that night: the first one, still in summer time; 03:00 is GMT
        assertThat(summary(twiceOver).startsAt()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        assertThat(summary(twiceOver).endsAt()).isEqualTo(Instant.parse("2027-10-31T03:00:00Z"));

        // 01:30 on the morning the clocks go forward never happens
        assertRefused(() -> testOpportunities.publish(at(LocalDate.of(2027, 3, 28), LocalTime.of(1, 30),
                LocalTime.of(3, 0), LocalDate.of(2027, 3, 27))), "opportunity.timeSkipped");
    }

    // --- places and the waiting list ------------------------------------------------------

    @Test
    void placesGoInOrderThenPeopleJoinTheWaitingListWithTheirNumber() {
        long id = testOpportunities.publish(OpportunityKind.BOARD_SEAT, title(), 2);
        String first = testAccounts.create(Role.YOUNG_PERSON);
        String second = testAccounts.create(Role.CARE_LEAVER);
        String third = testAccounts.create(Role.YOUNG_PERSON);
        String fourth = testAccounts.create(Role.CARE_LEAVER);

        assertThat(signUp(first, id)).isEqualTo(new SignUpResult(SignUpStatus.PLACE, SignUpResult.Reason.GOT_A_PLACE, 0));
        assertThat(signUp(second, id).status()).isEqualTo(SignUpStatus.PLACE);
        assertThat(signUp(third, id)).isEqualTo(new SignUpResult(SignUpStatus.WAITING, SignUpResult.Reason.FULL, 1));
        assertThat(signUp(fourth, id)).isEqualTo(new SignUpResult(SignUpStatus.WAITING, SignUpResult.Reason.FULL, 2));

        assertThat(summary(id).taken()).isEqualTo(2);
        assertThat(summary(id).waiting()).isEqualTo(2);
        OpportunityCard seen = card(fourth, id);
        assertThat(seen.full()).isTrue();
        assertThat(seen.myStatus()).isEqualTo(SignUpStatus.WAITING);
        assertThat(seen.waitingPosition()).isEqualTo(2);
        assertThat(rows(id)).extracting(SignUpRow::displayName).containsExactly(first, second, third, fourth);
        assertThat(rows(id)).extracting(SignUpRow::waitingPosition).containsExactly(0, 0, 1, 2);
    }

    @Test
    void afterTheClosingDateSigningUpJoinsTheWaitingListWithAClearReason() {
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 10);
        testOpportunities.closeSignUp(id);
        String late = testAccounts.create(Role.YOUNG_PERSON);

        SignUpResult result = signUp(late, id);

        assertThat(result).isEqualTo(new SignUpResult(SignUpStatus.WAITING, SignUpResult.Reason.CLOSED, 1));
        assertThat(result.messageKey()).isEqualTo("opportunity.result.CLOSED");
        assertThat(card(late, id).closed()).isTrue();
    }

    @Test
    void aCancelledPlaceGoesToTheNextPersonWaitingWhoIsTold() {
        OnePlace seat = onePlaceThreeAsking();
        long id = seat.id();
        String holder = seat.holder();
        String after = seat.after();

        runAs.user(holder, () -> service.cancel(id));

        assertTheNextPersonHasThePlace(seat);
        assertThat(testOpportunities.noticesFor(views.accountId(after), "opportunity.notice.placeFree")).isZero();
        assertThat(card(holder, id).myStatus()).isNull();

        // leaving the waiting list gives nobody a place; coming back joins the back of the queue
        runAs.user(after, () -> service.cancel(id));
        assertThat(signUp(holder, id)).isEqualTo(new SignUpResult(SignUpStatus.WAITING, SignUpResult.Reason.FULL, 1));
        assertRefused(() -> runAs.user(after, () -> service.cancel(id)), "opportunity.notSignedUp");
    }

    @Test
    void whenSomeoneHoldingAPlaceIsErasedTheNextPersonWaitingGetsItAndIsTold() {
        OnePlace seat = onePlaceThreeAsking();

        testAccounts.erase(seat.holder(), false);

        assertTheNextPersonHasThePlace(seat);
        assertThat(rows(seat.id())).extracting(SignUpRow::displayName).containsExactly(seat.next(), seat.after());
    }

    /** One place; a young person holds it, a second waits first and a third waits second. */
    private record OnePlace(long id, String holder, String next, String after) {
    }

    private OnePlace onePlaceThreeAsking() {
        long id = testOpportunities.publish(OpportunityKind.CICC_SESSION, title(), 1);
        OnePlace seat = new OnePlace(id, testAccounts.create(Role.YOUNG_PERSON), testAccounts.create(Role.YOUNG_PERSON),
                testAccounts.create(Role.YOUNG_PERSON));
        signUp(seat.holder(), id);
        signUp(seat.next(), id);
        signUp(seat.after(), id);
        return seat;
    }

    private void assertTheNextPersonHasThePlace(OnePlace seat) {
        assertThat(card(seat.next(), seat.id()).myStatus()).isEqualTo(SignUpStatus.PLACE);
        assertThat(testOpportunities.noticesFor(views.accountId(seat.next()), "opportunity.notice.placeFree"))
                .isEqualTo(1);
        assertThat(card(seat.after(), seat.id()).waitingPosition()).isEqualTo(1);
        assertThat(summary(seat.id()).taken()).isEqualTo(1);
    }

    @Test
    void twoPeopleAskingForTheLastPlaceAtOnceGetOnePlaceBetweenThem() {
        long id = testOpportunities.publish(OpportunityKind.TRAINING, title(), 1);
        String one = testAccounts.create(Role.YOUNG_PERSON);
        String two = testAccounts.create(Role.CARE_LEAVER);

        CompletableFuture<SignUpResult> a = CompletableFuture.supplyAsync(() -> signUp(one, id));
        CompletableFuture<SignUpResult> b = CompletableFuture.supplyAsync(() -> signUp(two, id));

        assertThat(List.of(a.join().status(), b.join().status()))
                .containsExactlyInAnyOrder(SignUpStatus.PLACE, SignUpStatus.WAITING);
        assertThat(summary(id).taken()).isEqualTo(1);
    }

    // --- who it is for --------------------------------------------------------------------

    @Test
    void youngPeopleSeeAndJoinOnlyWhatIsMeantForTheirCohortAndAge() {
        OpportunityForm base = TestOpportunities.form(OpportunityKind.CONSULTATION, title(), 5);
        long leaversOnly = testOpportunities.publish(new OpportunityForm(base.kind(), title(), base.description(),
                base.date(), base.startTime(), base.endTime(), base.place(), null, false, true, 18, 25, 5,
                base.closingDate()));
        long teens = testOpportunities.publish(new OpportunityForm(base.kind(), title(), base.description(),
                base.date(), base.startTime(), base.endTime(), base.place(), null, true, false, 14, 17, 5,
                base.closingDate()));
        String child = testAccounts.create(Role.YOUNG_PERSON); // aged 8 to 10
        String leaver = testAccounts.create(Role.CARE_LEAVER);

        assertThat(runAs.user(child, () -> service.forMe())).extracting(OpportunityCard::id)
                .doesNotContain(leaversOnly, teens);
        assertThat(runAs.user(leaver, () -> service.forMe())).extracting(OpportunityCard::id)
                .contains(leaversOnly).doesNotContain(teens);
        assertRefused(() -> signUp(child, leaversOnly), "opportunity.notForYou");
        assertRefused(() -> signUp(child, teens), "opportunity.notForYou");
        assertThat(signUp(leaver, leaversOnly).status()).isEqualTo(SignUpStatus.PLACE);
    }

    // --- support needs --------------------------------------------------------------------

    @Test
    void workersSeeTheSupportEachYoungPersonNeeds() {
        long id = testOpportunities.publish(OpportunityKind.BOARD_SEAT, title(), 3);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        signUp(young, id, new SupportNeeds(true, true, "  Tigrinya ", true, "A quiet room 🙂"));

        SignUpRow row = rows(id).getFirst();
        assertThat(row.needs()).isEqualTo(new SupportNeeds(true, true, "Tigrinya", true, "A quiet room 🙂"));
        assertThat(card(young, id).myNeeds()).isEqualTo(row.needs());

        // asking again while signed up changes the needs and keeps the place
        assertThat(signUp(young, id, new SupportNeeds(false, false, "ignored", false, " ")).status())
                .isEqualTo(SignUpStatus.PLACE);
        assertThat(rows(id).getFirst().needs()).isEqualTo(SupportNeeds.none());
        assertThat(summary(id).taken()).isEqualTo(1);
    }

    @Test
    void supportNeedsThatAreTooLongOrHaveHiddenCharactersAreRefusedAndNothingIsStored() {
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 3);
        String young = testAccounts.create(Role.YOUNG_PERSON);

        assertRefused(() -> signUp(young, id, new SupportNeeds(false, false, null, false, "x".repeat(100_000))),
                "form.tooLong");
        assertRefused(() -> signUp(young, id, new SupportNeeds(false, true, "Arabic\u0007", false, null)),
                "form.controlCharacters");
        assertThat(rows(id)).isEmpty();
    }

    // --- publishing: bad input ------------------------------------------------------------

    @Test
    void publishingRefusesMissingTooLongAndWrongDetailsInPlainWords() {
        OpportunityForm ok = TestOpportunities.form(OpportunityKind.CONSULTATION, title(), 5);
        Supplier<FormBuilder> b = () -> FormBuilder.from(ok);

        assertRefused(() -> testOpportunities.publish(b.get().title(" ").build()), "opportunity.titleNeeded");
        assertRefused(() -> testOpportunities.publish(b.get().title("x".repeat(100_000)).build()), "form.tooLong");
        assertRefused(() -> testOpportunities.publish(b.get().title("Hi\u0000there").build()),
                "form.controlCharacters");
        assertRefused(() -> testOpportunities.publish(b.get().kind(null).build()), "opportunity.kindNeeded");
        assertRefused(() -> testOpportunities.publish(b.get().place(null).build()), "opportunity.whereNeeded");
        assertRefused(() -> testOpportunities.publish(b.get().link("http://example.org/meet").build()),
                "opportunity.linkNotValid");
        assertRefused(() -> testOpportunities.publish(b.get().link("javascript:alert(1)").build()),
                "opportunity.linkNotValid");
        assertRefused(() -> testOpportunities.publish(b.get().date(LocalDate.now().minusDays(3)).build()),
                "opportunity.dateOutOfRange");
        assertRefused(() -> testOpportunities.publish(b.get().end(ok.startTime()).build()),
                "opportunity.endBeforeStart");
        assertRefused(() -> testOpportunities.publish(b.get().who(false, false).build()), "opportunity.whoNeeded");
        assertRefused(() -> testOpportunities.publish(b.get().ages(18, 14).build()), "opportunity.agesNotValid");
        assertRefused(() -> testOpportunities.publish(b.get().places(0).build()), "opportunity.placesNotValid");
        assertRefused(() -> testOpportunities.publish(b.get().closing(ok.date().plusDays(1)).build()),
                "opportunity.closingNotValid");

        String words = "<script>alert('x')</script> '; DROP TABLE opportunity; -- مرحبا 🙂";
        long id = testOpportunities.publish(b.get().title(words).link("https://meet.example.org/room").build());
        assertThat(summary(id).title()).isEqualTo(words);
        assertThat(summary(id).onlineLink()).isEqualTo("https://meet.example.org/room");
    }

    // --- attendance and feedback ----------------------------------------------------------

    @Test
    void comingToABoardSeatCountsAsTakingPartAndAsAttendingThatMeeting() {
        long id = testOpportunities.publish(OpportunityKind.BOARD_SEAT, title(), 2);
        String came = testAccounts.create(Role.YOUNG_PERSON);
        String stayedAway = testAccounts.create(Role.CARE_LEAVER);
        signUp(came, id);
        signUp(stayedAway, id);
        List<SignUpRow> rows = rows(id);
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> service.recordAttendance(id, rows.get(0).signUpId(),
                true)), "opportunity.notStartedYet");

        testOpportunities.startedAgo(id, Duration.ofHours(3));
        events.clear();
        runAs.user(DemoUsers.WORKER, () -> service.recordAttendance(id, rows.get(0).signUpId(), true));
        runAs.user(DemoUsers.WORKER, () -> service.recordAttendance(id, rows.get(1).signUpId(), false));

        long cameId = views.accountId(came);
        assertThat(events.stream(TookPart.class)).singleElement().satisfies(t -> {
            assertThat(t.accountId()).isEqualTo(cameId);
            assertThat(t.kind()).isEqualTo(TookPart.Kind.ATTENDED);
        });
        assertThat(events.stream(AttendedBoardMeeting.class)).singleElement()
                .satisfies(a -> assertThat(a.accountId()).isEqualTo(cameId));
        assertThat(rows(id)).extracting(SignUpRow::attended).containsExactly(true, false);
        assertThat(testOpportunities.noticesFor(cameId, "opportunity.notice.howWasIt")).isEqualTo(1);

        // recording again changes nothing; un-recording someone already counted is refused
        events.clear();
        runAs.user(DemoUsers.WORKER, () -> service.recordAttendance(id, rows.get(0).signUpId(), true));
        assertThat(events.stream(TookPart.class)).isEmpty();
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> service.recordAttendance(id, rows.get(0).signUpId(),
                false)), "opportunity.attendanceFinal");
        assertRefused(() -> runAs.user(came, () -> service.cancel(id)), "opportunity.started");
    }

    @Test
    void onlyPeopleWhoCameSayHowItWasAndAWorkerChecksItFirst() {
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 2);
        String came = testAccounts.create(Role.YOUNG_PERSON);
        String didNot = testAccounts.create(Role.YOUNG_PERSON);
        signUp(came, id);
        signUp(didNot, id);
        testOpportunities.startedAgo(id, Duration.ofHours(3));
        List<SignUpRow> rows = rows(id);
        runAs.user(DemoUsers.WORKER, () -> service.recordAttendance(id, rows.get(0).signUpId(), true));

        long feedback = runAs.user(came, () -> service.giveFeedback(id, "It was good, the pizza was nice",
                false, UUID.randomUUID().toString()));

        assertThat(views.item(feedback).about()).isEqualTo(WrittenAbout.EVENT_FEEDBACK);
        assertThat(card(came, id).feedbackGiven()).isTrue();
        assertThat(card(came, id).attended()).isTrue();
        assertThat(runAs.user(DemoUsers.WORKER, () -> service.feedback(id))).isEmpty();
        assertRefused(() -> runAs.user(didNot, () -> service.giveFeedback(id, "Nice", false,
                UUID.randomUUID().toString())), "opportunity.feedbackOnlyAttended");
        // the one who did not come no longer sees it once it is over
        testOpportunities.startedAgo(id, Duration.ofDays(1));
        assertThat(runAs.user(didNot, () -> service.forMe())).extracting(OpportunityCard::id).doesNotContain(id);
        assertThat(runAs.user(came, () -> service.forMe())).extracting(OpportunityCard::id).contains(id);
    }

    // --- cancelling -----------------------------------------------------------------------

    @Test
    void aWorkerCancelsAndEveryoneWithAPlaceOrWaitingIsToldInThePortalAndByEmail() throws Exception {
        String title = title();
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title, 1);
        String holder = testAccounts.create(Role.YOUNG_PERSON);
        String waiting = testAccounts.create(Role.YOUNG_PERSON);
        String leftEarlier = testAccounts.create(Role.YOUNG_PERSON);
        String bystander = testAccounts.create(Role.YOUNG_PERSON);
        jdbc.update("update account set email = ? where display_name = ?", holder + "@young.example", holder);
        signUp(holder, id);
        signUp(waiting, id);
        signUp(leftEarlier, id);
        runAs.user(leftEarlier, () -> service.cancel(id));

        runAs.user(DemoUsers.WORKER, () -> service.cancelOpportunity(id, "  The room   flooded, sorry 🙁 "));

        for (String told : List.of(holder, waiting)) {
            assertThat(testOpportunities.noticesFor(views.accountId(told), CANCELLED)).as(told).isEqualTo(1);
        }
        for (String notTold : List.of(leftEarlier, bystander)) {
            assertThat(testOpportunities.noticesFor(views.accountId(notTold), CANCELLED)).as(notTold).isZero();
        }
        NoticeItem notice = runAs.user(waiting, () -> notifications.mine(0, 10)).stream()
                .filter(n -> n.messageKey().equals(CANCELLED)).findFirst().orElseThrow();
        assertThat(notice.arguments()).contains(title, "The room flooded, sorry 🙁");
        MimeMessage mail = TestMailServer.waitForMailTo(greenMail, holder + "@young.example").stream()
                .filter(m -> subject(m).equals(title + " is cancelled")).findFirst().orElseThrow();
        assertThat((String) mail.getContent()).contains("is cancelled", "The room flooded, sorry");
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'OPPORTUNITY_CANCELLED'"
                + " and subject = ?", String.class, "opportunity " + id)).isEqualTo("2 told");

        // those who had signed up see it marked, with the reason; nobody else sees it; nobody can join
        OpportunityCard seen = card(holder, id);
        assertThat(seen.cancelled()).isTrue();
        assertThat(seen.cancelReason()).isEqualTo("The room flooded, sorry 🙁");
        assertThat(card(waiting, id).cancelled()).isTrue();
        assertThat(runAs.user(bystander, () -> service.forMe())).extracting(OpportunityCard::id).doesNotContain(id);
        assertThat(runAs.user(leftEarlier, () -> service.forMe())).extracting(OpportunityCard::id).doesNotContain(id);
        assertRefused(() -> signUp(bystander, id), "opportunity.isCancelled");
        assertRefused(() -> signUp(leftEarlier, id), "opportunity.isCancelled");
        assertRefused(() -> runAs.user(holder, () -> service.cancel(id)), "opportunity.isCancelled");
        assertThat(summary(id).cancelled()).isTrue();
        assertThat(summary(id).cancelReason()).isEqualTo("The room flooded, sorry 🙁");

        // the holder leaving gives nobody a place at something cancelled
        testAccounts.erase(holder, false);
        assertThat(testOpportunities.noticesFor(views.accountId(waiting), "opportunity.notice.placeFree")).isZero();

        // nobody can be recorded as coming, so it never counts as taking part; once over, it is gone
        testOpportunities.startedAgo(id, Duration.ofHours(1));
        long signUpId = jdbc.queryForObject("select id from opportunity_sign_up where opportunity_id = ?"
                + " and status = 'WAITING'", Long.class, id);
        events.clear();
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> service.recordAttendance(id, signUpId, true)),
                "opportunity.cancelledNobodyCame");
        assertThat(events.stream(TookPart.class)).isEmpty();
        testOpportunities.startedAgo(id, Duration.ofHours(3));
        assertThat(runAs.user(waiting, () -> service.forMe())).extracting(OpportunityCard::id).doesNotContain(id);
    }

    @Test
    void cancellingRefusesAMissingTooLongOrHiddenReasonAndWhatHasStartedOrIsCancelled() {
        long id = testOpportunities.publish(OpportunityKind.TRAINING, title(), 2);
        String young = testAccounts.create(Role.CARE_LEAVER);
        signUp(young, id);

        assertRefused(() -> cancelOpportunity(id, "   "), "opportunity.cancelReasonNeeded");
        assertRefused(() -> cancelOpportunity(id, null), "opportunity.cancelReasonNeeded");
        assertRefused(() -> cancelOpportunity(id, "x".repeat(100_000)), "form.tooLong");
        assertRefused(() -> cancelOpportunity(id, "x".repeat(OpportunityService.MAX_CANCEL_REASON + 1)),
                "form.tooLong");
        assertRefused(() -> cancelOpportunity(id, "Ill\u0000ness"), "form.controlCharacters");
        assertRefused(() -> cancelOpportunity(id, "Illness\u202E"), "form.controlCharacters");
        assertThat(summary(id).cancelled()).as("nothing stored").isFalse();
        assertThat(testOpportunities.noticesFor(views.accountId(young), CANCELLED)).isZero();

        String words = "<b>Snow</b> '; DROP TABLE opportunity; -- الثلج 🙂";
        cancelOpportunity(id, words);
        assertThat(summary(id).cancelReason()).isEqualTo(words);
        assertRefused(() -> cancelOpportunity(id, "Again"), "opportunity.alreadyCancelled");
        assertThat(testOpportunities.noticesFor(views.accountId(young), CANCELLED)).isEqualTo(1);

        long started = testOpportunities.publish(OpportunityKind.TRAINING, title(), 2);
        testOpportunities.startedAgo(started, Duration.ofMinutes(10));
        assertRefused(() -> cancelOpportunity(started, "Too late"), "opportunity.startedCannotChange");
        assertRefused(() -> cancelOpportunity(Long.MAX_VALUE, "Gone"), "opportunity.gone");
    }

    // --- changing -------------------------------------------------------------------------

    @Test
    void theWorkerStartsFromTheDetailsAsPublished() {
        OpportunityForm published = TestOpportunities.form(OpportunityKind.BOARD_SEAT, title(), 4);
        long id = testOpportunities.publish(published);

        OpportunityDetails details = details(id);

        assertThat(details.id()).isEqualTo(id);
        assertThat(details.form()).isEqualTo(published);
    }

    @Test
    void changingTheTimeOrPlaceTellsEveryoneWithAPlaceOrWaitingWhatChanged() {
        long id = testOpportunities.publish(OpportunityKind.CICC_SESSION, title(), 1);
        String holder = testAccounts.create(Role.YOUNG_PERSON);
        String waiting = testAccounts.create(Role.CARE_LEAVER);
        String bystander = testAccounts.create(Role.YOUNG_PERSON);
        signUp(holder, id);
        signUp(waiting, id);

        // a new title or description tells nobody
        change(id, b -> b.title("A better title " + UUID.randomUUID()));
        assertThat(testOpportunities.noticesFor(views.accountId(holder), CHANGED)).isZero();

        OpportunityForm before = details(id).form();
        change(id, b -> b.date(before.date().plusDays(3)).start(LocalTime.of(16, 30)).place("Youth Centre"));

        for (String told : List.of(holder, waiting)) {
            assertThat(testOpportunities.noticesFor(views.accountId(told), CHANGED)).as(told).isEqualTo(1);
        }
        assertThat(testOpportunities.noticesFor(views.accountId(bystander), CHANGED)).isZero();
        NoticeItem notice = runAs.user(holder, () -> notifications.mine(0, 10)).stream()
                .filter(n -> n.messageKey().equals(CHANGED)).findFirst().orElseThrow();
        assertThat(notice.arguments()).containsExactly(before.title(), formatted(before.date().plusDays(3), 16, 30),
                "19:00", "Youth Centre", formatted(before.date(), 17, 0), "19:00", "County Hall, Room 2");
        OpportunitySummary now = summary(id);
        assertThat(now.startsAt()).isEqualTo(before.date().plusDays(3).atTime(16, 30).atZone(UK).toInstant());
        assertThat(now.place()).isEqualTo("Youth Centre");
        assertThat(card(holder, id).myStatus()).isEqualTo(SignUpStatus.PLACE);

        // going online instead is a change of place too
        change(id, b -> b.place(null).link("https://meet.example.org/cicc"));
        assertThat(testOpportunities.noticesFor(views.accountId(waiting), CHANGED)).isEqualTo(2);
        assertThat(jdbc.queryForList("select detail from audit_entry where action = 'OPPORTUNITY_CHANGED'"
                + " and subject = ? order by id", String.class, "opportunity " + id))
                .containsExactly("places: 1", "new time, new place, places: 1", "new place, places: 1");
    }

    @Test
    void morePlacesGoToThePeopleWaitingInTheOrderTheyAsked() {
        long id = testOpportunities.publish(OpportunityKind.BOARD_SEAT, title(), 1);
        String holder = testAccounts.create(Role.YOUNG_PERSON);
        String first = testAccounts.create(Role.YOUNG_PERSON);
        String second = testAccounts.create(Role.CARE_LEAVER);
        String third = testAccounts.create(Role.YOUNG_PERSON);
        for (String who : List.of(holder, first, second, third)) {
            signUp(who, id);
        }

        change(id, b -> b.places(3));

        assertThat(card(first, id).myStatus()).isEqualTo(SignUpStatus.PLACE);
        assertThat(card(second, id).myStatus()).isEqualTo(SignUpStatus.PLACE);
        assertThat(card(third, id).waitingPosition()).isEqualTo(1);
        assertThat(testOpportunities.noticesFor(views.accountId(first), PLACE_FREE)).isEqualTo(1);
        assertThat(testOpportunities.noticesFor(views.accountId(second), PLACE_FREE)).isEqualTo(1);
        assertThat(testOpportunities.noticesFor(views.accountId(third), PLACE_FREE)).isZero();
        assertThat(testOpportunities.noticesFor(views.accountId(third), CHANGED)).as("places are not news").isZero();
        assertThat(summary(id).taken()).isEqualTo(3);
        assertThat(summary(id).waiting()).isEqualTo(1);
    }

    @Test
    void fewerPlacesThanAreTakenIsRefusedAndNobodyLosesAPlace() {
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 3);
        String one = testAccounts.create(Role.YOUNG_PERSON);
        String two = testAccounts.create(Role.YOUNG_PERSON);
        signUp(one, id);
        signUp(two, id);

        assertRefused(() -> change(id, b -> b.places(1)), "opportunity.fewerPlacesThanTaken");
        assertThat(summary(id).places()).isEqualTo(3);
        assertThat(summary(id).taken()).isEqualTo(2);

        change(id, b -> b.places(2));
        assertThat(summary(id).places()).isEqualTo(2);
        assertThat(card(one, id).myStatus()).isEqualTo(SignUpStatus.PLACE);
        assertThat(card(two, id).myStatus()).isEqualTo(SignUpStatus.PLACE);
        String late = testAccounts.create(Role.YOUNG_PERSON);
        assertThat(signUp(late, id)).isEqualTo(new SignUpResult(SignUpStatus.WAITING, SignUpResult.Reason.FULL, 1));
    }

    @Test
    void whenTwoWorkersChangeItAtOnceTheSecondIsToldAndTheFirstChangeStays() {
        long id = testOpportunities.publish(OpportunityKind.TRAINING, title(), 5);
        OpportunityDetails seenByBoth = details(id);
        String first = "First worker's title " + UUID.randomUUID();

        runAs.user(DemoUsers.WORKER, () -> service.change(id, seenByBoth.version(),
                FormBuilder.from(seenByBoth.form()).title(first).build()));
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> service.change(id, seenByBoth.version(),
                FormBuilder.from(seenByBoth.form()).title("Second worker's title").build())), "form.conflict");

        assertThat(summary(id).title()).isEqualTo(first);
        assertThat(details(id).version()).isGreaterThan(seenByBoth.version());
    }

    @Test
    void changingRefusesWhatPublishingRefusesAndWhatHasStartedOrIsCancelled() {
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 5);
        OpportunityForm ok = details(id).form();

        assertRefused(() -> change(id, b -> b.title(" ")), "opportunity.titleNeeded");
        assertRefused(() -> change(id, b -> b.title("x".repeat(100_000))), "form.tooLong");
        assertRefused(() -> change(id, b -> b.title("Hi\u0000there")), "form.controlCharacters");
        assertRefused(() -> change(id, b -> b.place(null)), "opportunity.whereNeeded");
        assertRefused(() -> change(id, b -> b.link("javascript:alert(1)")), "opportunity.linkNotValid");
        assertRefused(() -> change(id, b -> b.date(LocalDate.now(UK).minusDays(1))), "opportunity.dateOutOfRange");
        assertRefused(() -> change(id, b -> b.end(ok.startTime())), "opportunity.endBeforeStart");
        assertRefused(() -> change(id, b -> b.places(0)), "opportunity.placesNotValid");
        assertRefused(() -> change(id, b -> b.places(OpportunityService.MAX_PLACES + 1)), "opportunity.placesNotValid");
        assertRefused(() -> change(id, b -> b.closing(ok.date().plusDays(1))), "opportunity.closingNotValid");
        assertRefused(() -> change(id, b -> b.closing(LocalDate.now(UK).minusDays(1))),
                "opportunity.closingNotValid");
        assertThat(details(id).form()).as("nothing stored").isEqualTo(ok);

        // once sign-up has closed, changing something else keeps the closing day that has passed
        testOpportunities.closeSignUp(id);
        change(id, b -> b.title("Still closed " + UUID.randomUUID()));
        assertThat(summary(id).closesAt()).isBefore(Instant.now());

        cancelOpportunity(id, "Not enough people");
        assertRefused(() -> change(id, b -> b.places(6)), "opportunity.alreadyCancelled");
        long started = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 5);
        OpportunityDetails before = details(started);
        testOpportunities.startedAgo(started, Duration.ofMinutes(5));
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> service.change(started, before.version(),
                before.form())), "opportunity.startedCannotChange");
    }

    private void cancelOpportunity(long id, String reason) {
        runAs.user(DemoUsers.WORKER, () -> service.cancelOpportunity(id, reason));
    }

    private OpportunityDetails details(long id) {
        return runAs.user(DemoUsers.WORKER, () -> service.details(id));
    }

    /** Changes the opportunity as a worker who has just opened it. */
    private void change(long id, UnaryOperator<FormBuilder> edit) {
        OpportunityDetails now = details(id);
        runAs.user(DemoUsers.WORKER, () -> service.change(id, now.version(),
                edit.apply(FormBuilder.from(now.form())).build()));
    }

    private static String formatted(LocalDate day, int hour, int minute) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK).format(day.atTime(hour, minute));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** Changes one thing at a time in a good form. */
    static final class FormBuilder {
        private OpportunityKind kind;
        private String title;
        private String place;
        private String link;
        private LocalDate date;
        private LocalTime start;
        private LocalTime end;
        private boolean children = true;
        private boolean leavers = true;
        private int min = 8;
        private int max = 25;
        private int places;
        private LocalDate closing;
        private final OpportunityForm base;

        private FormBuilder(OpportunityForm base) {
            this.base = base;
            kind = base.kind();
            title = base.title();
            place = base.place();
            link = base.onlineLink();
            date = base.date();
            start = base.startTime();
            end = base.endTime();
            places = base.places();
            closing = base.closingDate();
        }

        static FormBuilder from(OpportunityForm base) {
            return new FormBuilder(base);
        }

        FormBuilder kind(OpportunityKind value) { kind = value; return this; }
        FormBuilder title(String value) { title = value; return this; }
        FormBuilder place(String value) { place = value; return this; }
        FormBuilder link(String value) { link = value; return this; }
        FormBuilder date(LocalDate value) { date = value; return this; }
        FormBuilder start(LocalTime value) { start = value; return this; }
        FormBuilder end(LocalTime value) { end = value; return this; }
        FormBuilder who(boolean c, boolean l) { children = c; leavers = l; return this; }
        FormBuilder ages(int a, int b) { min = a; max = b; return this; }
        FormBuilder places(int value) { places = value; return this; }
        FormBuilder closing(LocalDate value) { closing = value; return this; }

        OpportunityForm build() {
            return new OpportunityForm(kind, title, base.description(), date, start, end, place, link,
                    children, leavers, min, max, places, closing);
        }
    }
}
