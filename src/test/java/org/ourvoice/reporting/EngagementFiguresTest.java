package org.ourvoice.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.support.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.common.AttendedBoardMeeting;
import org.ourvoice.common.TookPart;
import org.ourvoice.insight.service.Period;
import org.ourvoice.reporting.service.CohortSizeItem;
import org.ourvoice.reporting.service.EngagementFigures;
import org.ourvoice.reporting.service.EngagementService;
import org.ourvoice.reporting.service.ParticipationBackfill;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every engagement figure against a small set of young people counted by hand. Each test takes
 * part in a year nobody else's data falls in, so the shared database does not disturb the counts.
 */
@PortalTest
class EngagementFiguresTest {

    @Autowired
    EngagementService engagement;
    @Autowired
    ParticipationBackfill backfill;
    @Autowired
    AccountService accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    private long young(Role role, String ageBand, boolean inCounty, Boolean asylumSeeking) {
        String name = testAccounts.create(role);
        long id = views.accountId(name);
        jdbc.update("update account set age_band = ?, lives_in_county = ? where id = ?", ageBand, inCounty, id);
        if (asylumSeeking != null) {
            long version = jdbc.queryForObject("select version from account where id = ?", Long.class, id);
            runAs.user(DemoUsers.WORKER, () -> accounts.recordAsylumSeeking(id, asylumSeeking, version));
        }
        return id;
    }

    private void took(long accountId, TookPart.Kind kind, String at) {
        events.publishEvent(new TookPart(accountId, kind, Instant.parse(at)));
    }

    private EngagementFigures figures(String from, String to) {
        return runAs.user(DemoUsers.BOARD, () -> engagement.figures(new Period(YearMonth.parse(from),
                YearMonth.parse(to))));
    }

    private void setSize(Role cohort, int size) {
        CohortSizeItem item = runAs.user(DemoUsers.WORKER, () -> engagement.cohortSizes()).stream()
                .filter(c -> c.cohort() == cohort).findFirst().orElseThrow();
        runAs.user(DemoUsers.WORKER, () -> engagement.setCohortSize(cohort, size, item.version()));
    }

    private static List<Long> list(Long... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @Test
    void everyFigureMatchesAHandCountWithSmallNumbersHeldBack() {
        setSize(Role.YOUNG_PERSON, 699);
        setSize(Role.CARE_LEAVER, 350);
        List<Long> c = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            c.add(young(Role.YOUNG_PERSON, "AGE_14_15", true, null));
        }
        long c6 = young(Role.YOUNG_PERSON, "AGE_8_10", false, true);
        long c7 = young(Role.YOUNG_PERSON, "AGE_16_17", true, false);
        List<Long> l = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            l.add(young(Role.CARE_LEAVER, "AGE_18_20", i < 3, i == 4 ? Boolean.TRUE : null));
        }

        c.forEach(id -> took(id, TookPart.Kind.SUBMITTED_VIEW, "2016-01-12T10:00:00Z"));
        took(c.getFirst(), TookPart.Kind.SUBMITTED_VIEW, "2016-02-03T10:00:00Z");
        // 23:30 UTC on 31 January is still January in UK winter time
        took(c.get(1), TookPart.Kind.SUBMITTED_VIEW, "2016-01-31T23:30:00Z");
        took(c6, TookPart.Kind.ATTENDED, "2016-02-10T17:00:00Z");
        took(c7, TookPart.Kind.SHAPED_PLEDGE, "2016-03-05T10:00:00Z");
        l.forEach(id -> took(id, TookPart.Kind.SUBMITTED_VIEW, "2016-02-20T10:00:00Z"));
        took(l.get(0), TookPart.Kind.ATTENDED, "2016-03-09T17:00:00Z");
        took(l.get(1), TookPart.Kind.ANSWERED_RESPONSE, "2016-03-15T10:00:00Z");
        // 23:30 UTC on 31 March 2016 is 00:30 on 1 April in UK summer time: outside the period
        took(l.get(2), TookPart.Kind.SHAPED_PLEDGE, "2016-03-31T23:30:00Z");
        // and one taking part in December 2015 is outside it too
        took(l.get(3), TookPart.Kind.ANSWERED_RESPONSE, "2015-12-31T23:30:00Z");
        // staff do not count
        took(views.accountId(DemoUsers.WORKER), TookPart.Kind.ATTENDED, "2016-02-10T17:00:00Z");
        events.publishEvent(new AttendedBoardMeeting(c6, LocalDate.of(2016, 2, 10), Instant.now()));
        events.publishEvent(new AttendedBoardMeeting(l.get(0), LocalDate.of(2016, 3, 9), Instant.now()));
        events.publishEvent(new AttendedBoardMeeting(c6, LocalDate.of(2016, 3, 9), Instant.now()));
        // recorded twice, counted once
        events.publishEvent(new AttendedBoardMeeting(c6, LocalDate.of(2016, 3, 9), Instant.now()));

        EngagementFigures f = figures("2016-01", "2016-03");

        assertThat(f.total()).isEqualTo(13);
        assertThat(f.cohorts()).containsExactly(
                new EngagementFigures.CohortFigure(Role.YOUNG_PERSON, 7L, 699, 1.0),
                new EngagementFigures.CohortFigure(Role.CARE_LEAVER, 6L, 350, 1.7));
        assertThat(f.kinds()).extracting(EngagementFigures.KindFigure::kind, EngagementFigures.KindFigure::people)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TookPart.Kind.SUBMITTED_VIEW, 11L),
                        org.assertj.core.groups.Tuple.tuple(TookPart.Kind.SHAPED_PLEDGE, null),
                        org.assertj.core.groups.Tuple.tuple(TookPart.Kind.ANSWERED_RESPONSE, null),
                        org.assertj.core.groups.Tuple.tuple(TookPart.Kind.ATTENDED, null));
        assertThat(f.ageBands().values()).containsExactly("AGE_8_10", "AGE_11_13", "AGE_14_15", "AGE_16_17",
                "AGE_18_20", "AGE_21_25", "UNKNOWN");
        // 1, 0, 5, 1, 6, 0, 0: the two ones are held back
        assertThat(f.ageBands().people()).isEqualTo(list(null, 0L, 5L, null, 6L, 0L, 0L));
        // 9 in, 4 out: the 4 is held back, and so is the 9, or the 4 could be worked out from the total
        assertThat(f.county().people()).isEqualTo(list(null, null, 0L));
        // 2 recorded as asylum-seeking, 1 recorded as not, 10 not recorded
        assertThat(f.asylum().people()).isEqualTo(list(null, null, 10L));
        assertThat(f.months()).containsExactly(
                new EngagementFigures.MonthFigure(YearMonth.of(2016, 1), 5L, 0L),
                new EngagementFigures.MonthFigure(YearMonth.of(2016, 2), null, 6L),
                new EngagementFigures.MonthFigure(YearMonth.of(2016, 3), null, null));
        assertThat(f.board().youngPeople()).isEqualTo(2);
        assertThat(f.board().attendances()).isEqualTo(3);
        assertThat(f.board().meetings()).isEqualTo(2);
        assertThat(f.board().months()).containsExactly(
                new EngagementFigures.BoardMonth(YearMonth.of(2016, 1), 0, 0),
                new EngagementFigures.BoardMonth(YearMonth.of(2016, 2), 1, 1),
                new EngagementFigures.BoardMonth(YearMonth.of(2016, 3), 2, 1));

        // a period of April alone finds the one who took part just after midnight UK time
        assertThat(figures("2016-04", "2016-04").total()).isEqualTo(1);
    }

    @Test
    void aSmallWholeShowsNoneOfItsParts() {
        long a = young(Role.YOUNG_PERSON, "AGE_11_13", true, null);
        long b = young(Role.YOUNG_PERSON, "AGE_11_13", true, null);
        long c = young(Role.CARE_LEAVER, "AGE_21_25", false, null);
        List.of(a, b, c).forEach(id -> took(id, TookPart.Kind.SUBMITTED_VIEW, "2017-05-10T10:00:00Z"));

        EngagementFigures f = figures("2017-05", "2017-05");

        assertThat(f.total()).isEqualTo(3);
        assertThat(f.cohorts()).extracting(EngagementFigures.CohortFigure::people).containsExactly(null, null);
        assertThat(f.cohorts()).extracting(EngagementFigures.CohortFigure::sharePercent).containsExactly(null, null);
        assertThat(f.ageBands().people()).isEqualTo(list(0L, null, 0L, 0L, 0L, null, 0L));
        assertThat(f.kinds().getFirst().people()).isNull();
    }

    @Test
    void someoneWhoseAgeBandChangedIsCountedOnceAsTheyWereWhenTheyLastTookPart() {
        long mover = young(Role.YOUNG_PERSON, "AGE_14_15", true, null);
        took(mover, TookPart.Kind.SUBMITTED_VIEW, "2018-01-10T10:00:00Z");
        jdbc.update("update account set age_band = 'AGE_16_17' where id = ?", mover);
        took(mover, TookPart.Kind.ATTENDED, "2018-03-10T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            took(young(Role.YOUNG_PERSON, "AGE_16_17", true, null), TookPart.Kind.SUBMITTED_VIEW,
                    "2018-02-10T10:00:00Z");
        }

        EngagementFigures f = figures("2018-01", "2018-03");

        assertThat(f.total()).isEqualTo(6);
        assertThat(f.ageBands().of("AGE_14_15")).isZero();
        assertThat(f.ageBands().of("AGE_16_17")).isEqualTo(6);
        // in January alone they were 14 to 15
        assertThat(figures("2018-01", "2018-01").ageBands().of("AGE_14_15")).isNull();
    }

    @Test
    void viewsWrittenBeforeTheFiguresExistedAreCopiedInOnce() {
        String writer = testAccounts.create(Role.CARE_LEAVER);
        long writerId = views.accountId(writer);
        views.submit(writer, "The bus pass helps me get to college", "school");
        String count = "select count(*) from participation p join participant a on a.id = p.participant_id "
                + "where a.account_id = ?";
        assertThat(jdbc.queryForObject(count, Integer.class, writerId)).isEqualTo(1);
        // as if it had been written before the ledger existed
        jdbc.update("delete p from participation p join participant a on a.id = p.participant_id "
                + "where a.account_id = ?", writerId);

        assertThat(backfill.copyContributions()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(count, Integer.class, writerId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select p.kind from participation p join participant a on "
                + "a.id = p.participant_id where a.account_id = ?", String.class, writerId)).isEqualTo("SUBMITTED_VIEW");

        backfill.copyContributions();
        assertThat(jdbc.queryForObject(count, Integer.class, writerId)).isEqualTo(1);
    }

    @Test
    void workersSetCohortSizesWithinLimitsAndNotOverSomeoneElsesChange() {
        CohortSizeItem before = runAs.user(DemoUsers.WORKER, () -> engagement.cohortSizes()).getFirst();
        runAs.user(DemoUsers.WORKER, () -> engagement.setCohortSize(before.cohort(), 700, before.version()));
        CohortSizeItem after = runAs.user(DemoUsers.BOARD, () -> engagement.cohortSizes()).getFirst();
        assertThat(after.size()).isEqualTo(700);

        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> engagement.setCohortSize(before.cohort(), 701,
                before.version())), "engagement.changedMeanwhile");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> engagement.setCohortSize(before.cohort(), 0,
                after.version())), "engagement.sizeNotValid");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> engagement.setCohortSize(Role.WORKER, 5,
                after.version())), "engagement.notACohort");
        runAs.user(DemoUsers.WORKER, () -> engagement.setCohortSize(before.cohort(), 699, after.version()));
    }
}
