package org.ourvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ourvoice.support.Refusals.assertRefused;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.insight.service.Breakdown;
import org.ourvoice.insight.service.Cell;
import org.ourvoice.insight.service.Change;
import org.ourvoice.insight.service.Dashboard;
import org.ourvoice.insight.service.InsightService;
import org.ourvoice.insight.service.MonthFigure;
import org.ourvoice.insight.service.Period;
import org.ourvoice.insight.service.ThemeFigures;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestSharing;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.voice.domain.Mood;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The themes dashboard's figures on a real MariaDB, checked against views counted by hand. Each
 * test shares its views in months of its own (long ago, when no other test sends anything) and
 * about themes of its own, so every figure, the all-views ones included, is exact.
 */
@PortalTest
class InsightServiceTest {

    private static final List<Mood> MOODS = List.of(Mood.VERY_UNHAPPY, Mood.UNHAPPY, Mood.OK, Mood.HAPPY,
            Mood.VERY_HAPPY);

    @Autowired
    InsightService insight;
    @Autowired
    TestSharing sharing;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private Dashboard dashboard(YearMonth from, YearMonth to) {
        return runAs.user(DemoUsers.BOARD, () -> insight.dashboard(new Period(from, to)));
    }

    private static ThemeFigures figures(Dashboard dashboard, ThemeChoice theme) {
        return dashboard.themes().stream().filter(t -> t.themeId() == theme.id()).findFirst()
                .orElseThrow(() -> new AssertionError(theme.name() + " is not on the dashboard"));
    }

    private static List<Long> cells(Breakdown breakdown, long themeId) {
        return breakdown.rows().stream().filter(r -> r.themeId() == themeId).findFirst()
                .orElseThrow(() -> new AssertionError("no row for theme " + themeId + " in " + breakdown.dimension()))
                .cells().stream().map(Cell::views).collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<Long> cells(Breakdown breakdown, ThemeChoice theme) {
        return cells(breakdown, theme.id());
    }

    private static List<Long> allViews(Breakdown breakdown) {
        return cells(breakdown, 0);
    }

    private static List<Long> row(Long... values) {
        return java.util.Arrays.asList(values);
    }

    @Test
    void viewsPerThemeAreComparedWithThePeriodBeforeAndFollowedMonthByMonth() {
        String young = sharing.youngPerson(AgeBand.AGE_14_15, true);
        ThemeChoice a = sharing.theme("New this time");
        ThemeChoice b = sharing.theme("Too few to be new");
        ThemeChoice c = sharing.theme("Falling away");
        ThemeChoice d = sharing.theme("Up by four");
        ThemeChoice e = sharing.theme("Rising half again");
        ThemeChoice f = sharing.theme("Up by less than a fifth");
        ThemeChoice g = sharing.theme("Gone quiet");
        YearMonth jan = YearMonth.of(1991, 1);
        YearMonth feb = YearMonth.of(1991, 2);
        YearMonth mar = YearMonth.of(1991, 3);
        YearMonth apr = YearMonth.of(1991, 4);

        // The period before (January and February): 26 views, each about F, the first ten also about E,
        // the first six also about C, the first five also about G, the first two also about D.
        for (int i = 1; i <= 26; i++) {
            List<Long> about = new ArrayList<>(List.of(f.id()));
            if (i <= 10) {
                about.add(e.id());
            }
            if (i <= 6) {
                about.add(c.id());
            }
            if (i <= 5) {
                about.add(g.id());
            }
            if (i <= 2) {
                about.add(d.id());
            }
            sharing.shareIn(i <= 13 ? jan : feb, young, Mood.OK, about.toArray(Long[]::new));
        }
        // This period (March and April): 31 views about F, the first 15 also about E, the first six about D,
        // the first five about A, the first four about B, and the sixth about C; the first ten in March.
        for (int i = 1; i <= 31; i++) {
            List<Long> about = new ArrayList<>(List.of(f.id()));
            if (i <= 15) {
                about.add(e.id());
            }
            if (i <= 6) {
                about.add(d.id());
            }
            if (i <= 5) {
                about.add(a.id());
            }
            if (i <= 4) {
                about.add(b.id());
            }
            if (i == 6) {
                about.add(c.id());
            }
            sharing.shareIn(i <= 10 ? mar : apr, young, Mood.OK, about.toArray(Long[]::new));
        }

        Dashboard dashboard = dashboard(mar, apr);

        assertThat(dashboard.period()).isEqualTo(new Period(mar, apr));
        assertThat(dashboard.totalViews()).as("each view once, however many themes").isEqualTo(31);
        assertThat(dashboard.previousTotalViews()).isEqualTo(26);
        Set<Long> mine = Set.of(a.id(), b.id(), c.id(), d.id(), e.id(), f.id(), g.id());
        assertThat(dashboard.themes()).filteredOn(t -> mine.contains(t.themeId()))
                .extracting(ThemeFigures::themeId, ThemeFigures::views, ThemeFigures::previousViews,
                        ThemeFigures::change, ThemeFigures::changePercent)
                .containsExactly(
                        tuple(f.id(), 31L, 26L, Change.STEADY, 19),
                        tuple(e.id(), 15L, 10L, Change.RISING, 50),
                        tuple(d.id(), 6L, 2L, Change.STEADY, 200),
                        tuple(a.id(), 5L, 0L, Change.NEW, 0),
                        tuple(b.id(), 4L, 0L, Change.STEADY, 0),
                        tuple(c.id(), 1L, 6L, Change.FALLING, -83),
                        tuple(g.id(), 0L, 5L, Change.FALLING, -100));
        assertThat(figures(dashboard, f).name()).isEqualTo(f.name());
        assertThat(dashboard.themes()).isSortedAccordingTo((x, y) -> Long.compare(y.views(), x.views()));

        assertThat(dashboard.trend()).filteredOn(m -> m.themeId() == 0 || mine.contains(m.themeId()))
                .containsExactlyInAnyOrder(
                        new MonthFigure(mar, 0, 10), new MonthFigure(apr, 0, 21),
                        new MonthFigure(mar, f.id(), 10), new MonthFigure(apr, f.id(), 21),
                        new MonthFigure(mar, e.id(), 10), new MonthFigure(apr, e.id(), 5),
                        new MonthFigure(mar, d.id(), 6),
                        new MonthFigure(mar, a.id(), 5),
                        new MonthFigure(mar, b.id(), 4),
                        new MonthFigure(mar, c.id(), 1));
        assertThat(dashboard.trend()).extracting(MonthFigure::month).allMatch(m -> m.equals(mar) || m.equals(apr))
                .isSorted();

        Dashboard before = dashboard(jan, feb);
        assertThat(before.totalViews()).isEqualTo(26);
        assertThat(before.previousTotalViews()).isZero();
        assertThat(figures(before, g).views()).isEqualTo(5);
        assertThat(figures(before, g).change()).isEqualTo(Change.NEW);
        assertThat(figures(before, d).change()).as("two views where there were none").isEqualTo(Change.STEADY);
        assertThat(figures(before, f).change()).isEqualTo(Change.NEW);

        Dashboard march = dashboard(mar, mar);
        assertThat(march.totalViews()).isEqualTo(10);
        assertThat(march.previousTotalViews()).as("February alone").isEqualTo(13);
    }

    @Test
    void breakdownsHoldBackSmallNumbersSoNoYoungPersonCanBeWorkedOut() {
        String younger = sharing.youngPerson(AgeBand.AGE_11_13, true);
        String older = sharing.youngPerson(AgeBand.AGE_14_15, false);
        String leaver = sharing.youngPerson(AgeBand.AGE_18_20, true);
        ThemeChoice p = sharing.theme("One cell held back");
        ThemeChoice q = sharing.theme("Two cells held back");
        ThemeChoice r = sharing.theme("Too few to show");
        YearMonth july = YearMonth.of(1991, 7);

        // P: 16 views. The younger one is very unhappy six times, the older one OK three times,
        // the care leaver happy seven times.
        sharing.shareIn(6, july, younger, Mood.VERY_UNHAPPY, p.id());
        sharing.shareIn(3, july, older, Mood.OK, p.id());
        sharing.shareIn(7, july, leaver, Mood.HAPPY, p.id());
        // Q: 10 views. The older one very unhappy twice and unhappy three times, the younger one OK five times.
        sharing.shareIn(2, july, older, Mood.VERY_UNHAPPY, q.id());
        sharing.shareIn(3, july, older, Mood.UNHAPPY, q.id());
        sharing.shareIn(5, july, younger, Mood.OK, q.id());
        // R: 3 views. The younger one OK twice, the care leaver very happy once.
        sharing.shareIn(2, july, younger, Mood.OK, r.id());
        sharing.shareIn(1, july, leaver, Mood.VERY_HAPPY, r.id());

        Dashboard dashboard = dashboard(july, july);

        assertThat(dashboard.totalViews()).isEqualTo(29);
        assertThat(dashboard.moods().columns()).containsExactlyElementsOf(MOODS.stream().map(Mood::name).toList());
        assertThat(dashboard.cohorts().columns()).containsExactly("YOUNG_PERSON", "CARE_LEAVER");
        assertThat(dashboard.ageBands().columns()).containsExactly("AGE_8_10", "AGE_11_13", "AGE_14_15",
                "AGE_16_17", "AGE_18_20", "AGE_21_25", "");
        assertThat(dashboard.counties().columns()).containsExactly("IN", "OUT", "UNKNOWN");

        // Feelings. P: 6, 0, 3, 7, 0 — the 3 is held back, and so is the 6, the next smallest.
        assertThat(cells(dashboard.moods(), p)).containsExactlyElementsOf(row(null, 0L, null, 7L, 0L));
        // Q: 2, 3, 5, 0, 0 — two small ones held back, nothing more.
        assertThat(cells(dashboard.moods(), q)).containsExactlyElementsOf(row(null, null, 5L, 0L, 0L));
        // R: 0, 0, 2, 0, 1 — under five in all, so only the zeros show.
        assertThat(cells(dashboard.moods(), r)).containsExactlyElementsOf(row(0L, 0L, null, 0L, null));
        // All views: 8, 3, 10, 7, 1 — two small ones held back.
        assertThat(allViews(dashboard.moods())).containsExactlyElementsOf(row(8L, null, 10L, 7L, null));

        // Cohort. P: 9 young people, 7 care leavers. Q: 10 and 0. R: 2 and 1. All: 21 and 8.
        assertThat(cells(dashboard.cohorts(), p)).containsExactly(9L, 7L);
        assertThat(cells(dashboard.cohorts(), q)).containsExactly(10L, 0L);
        assertThat(cells(dashboard.cohorts(), r)).containsExactlyElementsOf(row(null, null));
        assertThat(allViews(dashboard.cohorts())).containsExactly(21L, 8L);

        // Age band. P: 11-13 six, 14-15 three, 18-20 seven — the three held back and the six with it.
        assertThat(cells(dashboard.ageBands(), p)).containsExactlyElementsOf(row(0L, null, null, 0L, 7L, 0L, 0L));
        assertThat(cells(dashboard.ageBands(), q)).containsExactlyElementsOf(row(0L, 5L, 5L, 0L, 0L, 0L, 0L));
        assertThat(cells(dashboard.ageBands(), r)).containsExactlyElementsOf(row(0L, null, 0L, 0L, null, 0L, 0L));
        assertThat(allViews(dashboard.ageBands())).containsExactlyElementsOf(row(0L, 13L, 8L, 0L, 8L, 0L, 0L));

        // County. P: 13 in, 3 out — the three held back, and the thirteen with it, or it could be worked out.
        assertThat(cells(dashboard.counties(), p)).containsExactlyElementsOf(row(null, null, 0L));
        assertThat(cells(dashboard.counties(), q)).containsExactly(5L, 5L, 0L);
        assertThat(cells(dashboard.counties(), r)).containsExactlyElementsOf(row(null, 0L, 0L));
        assertThat(allViews(dashboard.counties())).containsExactly(21L, 8L, 0L);

        for (Breakdown breakdown : List.of(dashboard.moods(), dashboard.cohorts(), dashboard.ageBands(),
                dashboard.counties())) {
            assertThat(breakdown.rows()).as(breakdown.dimension()).filteredOn(x -> x.themeId() == p.id())
                    .singleElement().extracting(Breakdown.Row::total).isEqualTo(16L);
            assertThat(breakdown.rows()).as(breakdown.dimension() + ": small figures never shown")
                    .flatExtracting(Breakdown.Row::cells).extracting(Cell::views)
                    .allMatch(v -> v == null || v == 0 || v >= Breakdown.SMALLEST_SHOWN);
            assertThat(breakdown.rows().getFirst().themeId()).as("all views come first").isZero();
        }
    }

    @Test
    void aViewWithTwoThemesCountsOnceInAllViewsAndOnceInEachTheme() {
        String young = sharing.youngPerson(AgeBand.AGE_16_17, false);
        ThemeChoice x = sharing.theme("First of two");
        ThemeChoice y = sharing.theme("Second of two");
        YearMonth september = YearMonth.of(1991, 9);
        sharing.shareIn(5, september, young, Mood.HAPPY, x.id(), y.id());
        sharing.shareIn(1, september, young, Mood.HAPPY, x.id());

        Dashboard dashboard = dashboard(september, september);

        assertThat(dashboard.totalViews()).isEqualTo(6);
        assertThat(figures(dashboard, x).views()).isEqualTo(6);
        assertThat(figures(dashboard, y).views()).isEqualTo(5);
        assertThat(dashboard.trend()).filteredOn(m -> m.themeId() == 0).containsExactly(
                new MonthFigure(september, 0, 6));
        assertThat(allViews(dashboard.moods())).containsExactly(0L, 0L, 0L, 6L, 0L);
        assertThat(cells(dashboard.moods(), x)).containsExactly(0L, 0L, 0L, 6L, 0L);
        assertThat(cells(dashboard.moods(), y)).containsExactly(0L, 0L, 0L, 5L, 0L);
        assertThat(allViews(dashboard.counties())).containsExactly(0L, 6L, 0L);
    }

    @Test
    void aViewWaitingOrNotSharedNeverCounts() {
        String young = sharing.youngPerson(AgeBand.AGE_8_10, true);
        ThemeChoice theme = sharing.theme("Only what is shared");
        YearMonth november = YearMonth.of(1991, 11);
        sharing.shareIn(5, november, young, Mood.UNHAPPY, theme.id());
        long waiting = sharing.sendIn(november, young, Mood.UNHAPPY, theme.id());
        long notShared = sharing.sendIn(november, young, Mood.UNHAPPY, theme.id());
        sharing.notShare(notShared);

        Dashboard dashboard = dashboard(november, november);

        assertThat(dashboard.totalViews()).isEqualTo(5);
        assertThat(figures(dashboard, theme).views()).isEqualTo(5);
        assertThat(cells(dashboard.moods(), theme)).containsExactly(0L, 5L, 0L, 0L, 0L);
        assertThat(cells(dashboard.cohorts(), theme)).containsExactly(5L, 0L);

        sharing.approve(waiting);

        Dashboard later = dashboard(november, november);
        assertThat(later.totalViews()).as("counted once shared").isEqualTo(6);
        assertThat(figures(later, theme).views()).isEqualTo(6);
        assertThat(cells(later.moods(), theme)).containsExactly(0L, 6L, 0L, 0L, 0L);
    }

    @Test
    void erasingAYoungPersonWhoAskedForTheirWordsToGoTakesTheirViewsOutOfTheFigures() {
        String leaving = sharing.youngPerson(AgeBand.AGE_21_25, false);
        String keeping = sharing.youngPerson(AgeBand.AGE_18_20, false);
        String staying = sharing.youngPerson(AgeBand.AGE_16_17, true);
        ThemeChoice theme = sharing.theme("Erased words leave the figures");
        ThemeChoice other = sharing.theme("Erased words other theme");
        YearMonth january = YearMonth.of(1992, 1);
        sharing.shareIn(3, january, leaving, Mood.VERY_UNHAPPY, theme.id(), other.id());
        sharing.sendIn(january, leaving, Mood.VERY_UNHAPPY, theme.id());
        sharing.shareIn(2, january, keeping, Mood.OK, theme.id());
        sharing.shareIn(5, january, staying, Mood.HAPPY, theme.id());

        Dashboard before = dashboard(january, january);
        assertThat(before.totalViews()).isEqualTo(10);
        assertThat(figures(before, theme).views()).isEqualTo(10);
        assertThat(figures(before, other).views()).isEqualTo(3);

        testAccounts.erase(leaving, false);
        testAccounts.erase(keeping, true);

        Dashboard after = dashboard(january, january);
        assertThat(after.totalViews()).as("the deleted words are withdrawn, the anonymised ones stay").isEqualTo(7);
        assertThat(figures(after, theme).views()).isEqualTo(7);
        assertThat(figures(after, other).views()).isZero();
        assertThat(cells(after.moods(), theme)).containsExactlyElementsOf(row(0L, 0L, null, null, 0L));
        assertThat(cells(after.cohorts(), theme)).containsExactlyElementsOf(row(null, null));
        // 5 aged 16-17, 2 aged 18-20 (kept without a name), none aged 21-25 any more: the 2 held back and the 5 with it.
        assertThat(allViews(after.ageBands())).containsExactlyElementsOf(row(0L, 0L, 0L, null, null, 0L, 0L));
        assertThat(after.moods().rows()).extracting(Breakdown.Row::themeId).doesNotContain(other.id());
        assertThat(jdbc.queryForObject("select coalesce(sum(views), 0) from insight_month where theme_id = ?"
                + " and dimension = 'TOTAL'", Long.class, other.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from insight_month where views < 0", Long.class)).isZero();
    }

    @Test
    void aViewSentTodayCountsInThisMonth() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ThemeChoice theme = sharing.theme("Sent today");
        sharing.share(young, "Today " + TestSharing.word(), Mood.VERY_HAPPY, theme.id());
        YearMonth thisMonth = runAs.user(DemoUsers.WORKER, () -> insight.thisMonth());

        Dashboard month = runAs.user(DemoUsers.WORKER, () -> insight.dashboard(Period.last(1, thisMonth)));
        Dashboard lastMonth = dashboard(thisMonth.minusMonths(1), thisMonth.minusMonths(1));

        assertThat(figures(month, theme).views()).isEqualTo(1);
        assertThat(month.totalViews()).isPositive();
        assertThat(cells(month.moods(), theme)).containsExactlyElementsOf(row(0L, 0L, 0L, 0L, null));
        assertThat(figures(lastMonth, theme).views()).isZero();
        assertThat(figures(lastMonth, theme).previousViews()).isZero();
    }

    @Test
    void aPeriodOfMoreThanFiveYearsIsRefused() {
        YearMonth from = YearMonth.of(1980, 1);

        assertRefused(() -> dashboard(from, from.plusMonths(Period.MAX_MONTHS)), "insight.periodTooLong");
        assertRefused(() -> dashboard(YearMonth.of(1900, 1), YearMonth.of(2100, 12)), "insight.periodTooLong");
        Dashboard longest = dashboard(from, from.plusMonths(Period.MAX_MONTHS - 1L));
        assertThat(longest.period().months()).isEqualTo(60);
        assertThat(longest.previousTotalViews()).isZero();
    }

    @Test
    void onlyTheBoardAndWorkersReadTheFigures() {
        Period period = new Period(YearMonth.of(1991, 1), YearMonth.of(1991, 3));
        for (String who : List.of(DemoUsers.BOARD, DemoUsers.WORKER)) {
            assertThat(runAs.user(who, () -> insight.dashboard(period)).period()).isEqualTo(period);
        }
        for (String who : List.of(DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> runAs.user(who, () -> insight.dashboard(period))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> insight.thisMonth())).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
