package org.ourvoice.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.ourvoice.notifications.service.NoticeItem;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityForm;
import org.ourvoice.opportunities.service.OpportunityReminders;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestOpportunities;
import org.ourvoice.support.TestViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminder the day before goes to people with a place (not those waiting), by the UK calendar
 * across a clock change, once per person however often the job runs, on one node only, and never
 * for something cancelled.
 */
@PortalTest
class OpportunityRemindersTest {

    private static final String REMINDER = "opportunity.notice.reminder";

    @Autowired
    OpportunityReminders reminders;
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
    JdbcTemplate jdbc;
    @Autowired
    NotificationService notifications;

    private static String title() {
        return "Session " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theReminderGoesTheDayBeforeByTheUkCalendarWhenTheClocksHaveJustGoneForward() {
        // 00:30 on Monday 29 March 2027 in UK summer time is 23:30 on Sunday 28 March in UTC
        long id = testOpportunities.publish(new OpportunityForm(OpportunityKind.CICC_SESSION, title(),
                "A late session", LocalDate.of(2027, 3, 29), LocalTime.of(0, 30), LocalTime.of(1, 30), "Youth Centre",
                null, true, true, 8, 25, 1, LocalDate.of(2027, 3, 28)));
        String placed = testAccounts.create(Role.YOUNG_PERSON);
        String waiting = testAccounts.create(Role.YOUNG_PERSON);
        runAs.user(placed, () -> service.signUp(id, SupportNeeds.none()));
        runAs.user(waiting, () -> service.signUp(id, SupportNeeds.none()));
        long placedId = views.accountId(placed);

        // Saturday 27 March: tomorrow is Sunday 28, the UTC date of the start but not the UK one
        reminders.remind(Instant.parse("2027-03-27T12:00:00Z"));
        assertThat(testOpportunities.noticesFor(placedId, REMINDER)).isZero();

        // Sunday 28 March, 09:00 summer time
        reminders.remind(Instant.parse("2027-03-28T08:00:00Z"));
        assertThat(testOpportunities.noticesFor(placedId, REMINDER)).isEqualTo(1);
        assertThat(testOpportunities.noticesFor(views.accountId(waiting), REMINDER)).isZero();

        // running again that day reminds nobody twice
        reminders.remind(Instant.parse("2027-03-28T10:00:00Z"));
        assertThat(testOpportunities.noticesFor(placedId, REMINDER)).isEqualTo(1);
    }

    @Test
    void twoNodesStartingTheMorningRunAtOnceSendOneReminder() {
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 3);
        ZoneId uk = ZoneId.of("Europe/London");
        testOpportunities.startsAt(id, LocalDate.now(uk).plusDays(1).atTime(18, 0).atZone(uk).toInstant());
        // the sign-up was made before the move, while sign-up was open
        String young = testAccounts.create(Role.CARE_LEAVER);
        jdbc.update("update opportunity set closes_at = ? where id = ?",
                TestOpportunities.utc(Instant.now().plusSeconds(3600)), id);
        runAs.user(young, () -> service.signUp(id, SupportNeeds.none()));

        CompletableFuture<Void> first = CompletableFuture.runAsync(reminders::daily);
        CompletableFuture<Void> second = CompletableFuture.runAsync(reminders::daily);
        CompletableFuture.allOf(first, second).join();
        reminders.daily();

        assertThat(testOpportunities.noticesFor(views.accountId(young), REMINDER)).isEqualTo(1);
        Integer locks = jdbc.queryForObject("select count(*) from shedlock where name = 'opportunity-reminders' "
                + "and lock_until > utc_timestamp(3)", Integer.class);
        assertThat(locks).as("the lock is held for a while after the run").isEqualTo(1);
    }

    @Test
    void nobodyIsRemindedOfSomethingCancelled() {
        ZoneId uk = ZoneId.of("Europe/London");
        Instant tomorrowEvening = LocalDate.now(uk).plusDays(1).atTime(18, 0).atZone(uk).toInstant();
        long cancelled = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 3);
        long goingAhead = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 3);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        runAs.user(young, () -> service.signUp(cancelled, SupportNeeds.none()));
        runAs.user(young, () -> service.signUp(goingAhead, SupportNeeds.none()));
        testOpportunities.startsAt(cancelled, tomorrowEvening);
        testOpportunities.startsAt(goingAhead, tomorrowEvening);
        runAs.user(DemoUsers.WORKER, () -> service.cancelOpportunity(cancelled, "The speaker is ill"));

        reminders.remind(Instant.now());

        List<NoticeItem> notices = runAs.user(young, () -> notifications.mine(0, 10));
        assertThat(notices).filteredOn(n -> n.messageKey().equals(REMINDER)).singleElement()
                .satisfies(n -> assertThat(n.arguments()[0]).isEqualTo(titleOf(goingAhead)));
    }

    private String titleOf(long id) {
        return jdbc.queryForObject("select title from opportunity where id = ?", String.class, id);
    }
}
