package org.ourvoice.insight.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.insight.domain.MonthlyCounts;
import org.ourvoice.insight.domain.MonthlyCounts.Dimension;
import org.ourvoice.insight.domain.MonthlyCounts.Sum;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.Mood;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The themes dashboard's figures for a period: shared views per theme and how each moved, the trend
 * by month, the mix of feelings, and breakdowns by cohort, age band and county with small numbers
 * held back. Every figure is summed in the database from counts kept as views are shared, and the
 * figures of a period are kept a minute for the next reader ({@link RecentDashboards}).
 */
@Service
public class InsightService {

    static final List<String> ROLES = List.of("YOUNG_PERSON", "CARE_LEAVER");
    static final List<String> AGE_BANDS = List.of("AGE_8_10", "AGE_11_13", "AGE_14_15", "AGE_16_17", "AGE_18_20",
            "AGE_21_25", "");
    static final List<String> COUNTIES = List.of("IN", "OUT", "UNKNOWN");
    static final List<String> MOODS = Arrays.stream(Mood.values()).map(Mood::name).toList();

    private final MonthlyCounts counts;
    private final ThemeService themes;
    private final RecentDashboards recent;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    InsightService(MonthlyCounts counts, ThemeService themes, RecentDashboards recent,
            PlatformTransactionManager transactions, Clock clock) {
        this.counts = counts;
        this.themes = themes;
        this.recent = recent;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** This month in UK time, where the presets (this month, last 3, 6 or 12 months) end. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    /** The period's figures: one reader a minute counts them, in one read-only transaction; the rest share them. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    public Dashboard dashboard(Period period) {
        if (period.months() > Period.MAX_MONTHS) {
            throw new UserFacingException("insight.periodTooLong", Period.MAX_MONTHS);
        }
        return recent.get(period, () -> readOnly.execute(status -> count(period)));
    }

    private Dashboard count(Period period) {
        LocalDate from = period.from().atDay(1);
        LocalDate to = period.to().atDay(1);
        Period before = period.previous();
        List<ThemeChoice> all = themes.all();
        Map<Long, Long> now = totals(counts.byTheme(from, to));
        Map<Long, Long> previous = totals(counts.byTheme(before.from().atDay(1), before.to().atDay(1)));

        List<ThemeFigures> figures = new ArrayList<>();
        for (ThemeChoice theme : all) {
            long views = now.getOrDefault(theme.id(), 0L);
            long earlier = previous.getOrDefault(theme.id(), 0L);
            if (theme.mergedInto() != null && views == 0 && earlier == 0) {
                continue;
            }
            if (!theme.active() && views == 0) {
                continue;
            }
            int percent = earlier == 0 ? 0 : (int) Math.round((views - earlier) * 100.0 / earlier);
            figures.add(new ThemeFigures(theme.id(), theme.name(), views, earlier, Change.between(earlier, views),
                    percent));
        }
        figures.sort((a, b) -> Long.compare(b.views(), a.views()));

        List<MonthFigure> trend = counts.byThemeAndMonth(from, to).stream()
                .map(s -> new MonthFigure(YearMonth.from(LocalDate.parse(s.key())), s.themeId(), s.views()))
                .sorted((a, b) -> a.month().compareTo(b.month()))
                .toList();

        return new Dashboard(period, now.getOrDefault(MonthlyCounts.ALL_VIEWS, 0L),
                previous.getOrDefault(MonthlyCounts.ALL_VIEWS, 0L), figures, trend,
                breakdown("mood", MOODS, counts.byThemeAnd(Dimension.MOOD, from, to), figures),
                breakdown("cohort", ROLES, counts.byThemeAnd(Dimension.ROLE, from, to), figures),
                breakdown("ageBand", AGE_BANDS, counts.byThemeAnd(Dimension.AGE_BAND, from, to), figures),
                breakdown("county", COUNTIES, counts.byThemeAnd(Dimension.COUNTY, from, to), figures));
    }

    private static Map<Long, Long> totals(List<Sum> sums) {
        Map<Long, Long> totals = new HashMap<>();
        sums.forEach(s -> totals.merge(s.themeId(), s.views(), Long::sum));
        return totals;
    }

    /** Rows for every theme with views (and one for all views), columns in a fixed order, small numbers held back. */
    private static Breakdown breakdown(String dimension, List<String> columns, List<Sum> sums,
            List<ThemeFigures> figures) {
        Map<Long, Map<String, Long>> byTheme = new HashMap<>();
        sums.forEach(s -> byTheme.computeIfAbsent(s.themeId(), k -> new HashMap<>())
                .merge(s.key() == null ? "" : s.key(), s.views(), Long::sum));
        List<Breakdown.Row> rows = new ArrayList<>();
        rows.add(row(MonthlyCounts.ALL_VIEWS, "", columns, byTheme));
        for (ThemeFigures theme : figures) {
            if (theme.views() > 0) {
                rows.add(row(theme.themeId(), theme.name(), columns, byTheme));
            }
        }
        return new Breakdown(dimension, columns, rows);
    }

    private static Breakdown.Row row(long themeId, String name, List<String> columns,
            Map<Long, Map<String, Long>> byTheme) {
        Map<String, Long> values = byTheme.getOrDefault(themeId, Map.of());
        List<Long> inOrder = columns.stream().map(c -> values.getOrDefault(c, 0L)).toList();
        return new Breakdown.Row(themeId, name, inOrder.stream().mapToLong(Long::longValue).sum(),
                Suppression.apply(inOrder));
    }
}
