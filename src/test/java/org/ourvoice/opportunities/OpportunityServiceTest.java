package org.ourvoice.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.support.Refusals.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.ourvoice.common.AttendedBoardMeeting;
import org.ourvoice.common.TookPart;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityCard;
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
import org.ourvoice.support.TestOpportunities;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.service.WrittenAbout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Publishing in UK time across clock changes, places and waiting lists, cancelling (the next person
 * waiting gets the place and is told), who may join, support needs, attendance and "how was it?",
 * on the real database.
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
        long id = testOpportunities.publish(OpportunityKind.CICC_SESSION, title(), 1);
        String holder = testAccounts.create(Role.YOUNG_PERSON);
        String next = testAccounts.create(Role.YOUNG_PERSON);
        String after = testAccounts.create(Role.YOUNG_PERSON);
        signUp(holder, id);
        signUp(next, id);
        signUp(after, id);

        runAs.user(holder, () -> service.cancel(id));

        assertThat(card(next, id).myStatus()).isEqualTo(SignUpStatus.PLACE);
        assertThat(testOpportunities.noticesFor(views.accountId(next), "opportunity.notice.placeFree")).isEqualTo(1);
        assertThat(card(after, id).waitingPosition()).isEqualTo(1);
        assertThat(testOpportunities.noticesFor(views.accountId(after), "opportunity.notice.placeFree")).isZero();
        assertThat(card(holder, id).myStatus()).isNull();
        assertThat(summary(id).taken()).isEqualTo(1);

        // leaving the waiting list gives nobody a place; coming back joins the back of the queue
        runAs.user(after, () -> service.cancel(id));
        assertThat(signUp(holder, id)).isEqualTo(new SignUpResult(SignUpStatus.WAITING, SignUpResult.Reason.FULL, 1));
        assertRefused(() -> runAs.user(after, () -> service.cancel(id)), "opportunity.notSignedUp");
    }

    @Test
    void whenSomeoneHoldingAPlaceIsErasedTheNextPersonWaitingGetsItAndIsTold() {
        long id = testOpportunities.publish(OpportunityKind.CICC_SESSION, title(), 1);
        String holder = testAccounts.create(Role.YOUNG_PERSON);
        String next = testAccounts.create(Role.YOUNG_PERSON);
        String after = testAccounts.create(Role.YOUNG_PERSON);
        signUp(holder, id);
        signUp(next, id);
        signUp(after, id);

        testAccounts.erase(holder, false);

        assertThat(card(next, id).myStatus()).isEqualTo(SignUpStatus.PLACE);
        assertThat(testOpportunities.noticesFor(views.accountId(next), "opportunity.notice.placeFree")).isEqualTo(1);
        assertThat(card(after, id).waitingPosition()).isEqualTo(1);
        assertThat(rows(id)).extracting(SignUpRow::displayName).containsExactly(next, after);
        assertThat(summary(id).taken()).isEqualTo(1);
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

    /** Changes one thing at a time in a good form. */
    static final class FormBuilder {
        private OpportunityKind kind;
        private String title;
        private String place;
        private String link;
        private LocalDate date;
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
        FormBuilder end(LocalTime value) { end = value; return this; }
        FormBuilder who(boolean c, boolean l) { children = c; leavers = l; return this; }
        FormBuilder ages(int a, int b) { min = a; max = b; return this; }
        FormBuilder places(int value) { places = value; return this; }
        FormBuilder closing(LocalDate value) { closing = value; return this; }

        OpportunityForm build() {
            return new OpportunityForm(kind, title, base.description(), date, base.startTime(), end, place, link,
                    children, leavers, min, max, places, closing);
        }
    }
}
