package org.ourvoice.insight.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.ourvoice.support.MovableClock;

/** A period's figures are counted once a minute at most, and afresh after a change. */
class RecentDashboardsTest {

    private final MovableClock clock = new MovableClock();
    private final RecentDashboards recent = new RecentDashboards(clock);
    private final Period march = new Period(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
    private final AtomicInteger counted = new AtomicInteger();

    private Dashboard count(Period period) {
        long views = counted.incrementAndGet();
        Breakdown none = new Breakdown("mood", List.of(), List.of());
        return new Dashboard(period, views, 0, List.of(), List.of(), none, none, none, none);
    }

    private final Supplier<Dashboard> countMarch = () -> count(march);

    @Test
    void aSecondReadingWithinTheMinuteSharesTheFirstCount() {
        Dashboard first = recent.get(march, countMarch);
        clock.move(Duration.ofSeconds(59));
        Dashboard second = recent.get(march, countMarch);

        assertThat(second).isSameAs(first);
        assertThat(counted).hasValue(1);
    }

    @Test
    void afterAMinuteTheFiguresAreCountedAgain() {
        Dashboard first = recent.get(march, countMarch);
        clock.move(RecentDashboards.KEPT);
        Dashboard later = recent.get(march, countMarch);

        assertThat(later).isNotSameAs(first);
        assertThat(later.totalViews()).isEqualTo(2);
        assertThat(recent.get(march, countMarch)).as("and kept again").isSameAs(later);
    }

    @Test
    void eachPeriodHasItsOwnFigures() {
        Period april = new Period(YearMonth.of(2026, 4), YearMonth.of(2026, 4));
        Dashboard inMarch = recent.get(march, countMarch);
        Dashboard inApril = recent.get(april, () -> count(april));

        assertThat(inApril.period()).isEqualTo(april);
        assertThat(recent.get(march, countMarch)).isSameAs(inMarch);
        assertThat(counted).hasValue(2);
    }

    @Test
    void aChangeMakesTheNextReaderCountAfresh() {
        Dashboard before = recent.get(march, countMarch);
        recent.forget();
        Dashboard after = recent.get(march, countMarch);

        assertThat(after).isNotSameAs(before);
        assertThat(after.totalViews()).isEqualTo(2);
    }

    @Test
    void figuresCountedWhileAChangeWasCommittedAreNotKept() {
        Dashboard during = recent.get(march, () -> {
            Dashboard counting = count(march);
            recent.forget();
            return counting;
        });
        Dashboard next = recent.get(march, countMarch);

        assertThat(next).as("the count that may have missed the change is not handed on").isNotSameAs(during);
        assertThat(counted).hasValue(2);
    }

    @Test
    void aClockThatGoesBackDoesNotKeepFiguresLonger() {
        Dashboard first = recent.get(march, countMarch);
        clock.move(Duration.ofHours(1).negated());

        assertThat(recent.get(march, countMarch)).isNotSameAs(first);
    }

    @Test
    void onlySoManyPeriodsAreKept() {
        YearMonth month = YearMonth.of(2000, 1);
        for (int i = 0; i < RecentDashboards.MOST + 10; i++) {
            Period period = new Period(month.plusMonths(i), month.plusMonths(i));
            recent.get(period, () -> count(period));
        }
        YearMonth later = month.plusMonths(RecentDashboards.MOST + 5);
        Period beyond = new Period(later, later);
        int before = counted.get();
        recent.get(beyond, () -> count(beyond));

        assertThat(counted.get()).as("periods past the most kept are counted each time").isEqualTo(before + 1);
        clock.move(RecentDashboards.KEPT);
        Dashboard afterAMinute = recent.get(beyond, () -> count(beyond));
        assertThat(recent.get(beyond, () -> count(beyond))).as("room is made when the old ones are out of date")
                .isSameAs(afterAMinute);
    }
}
