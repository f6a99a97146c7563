package org.ourvoice.insight.service;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourvoice.insight.domain.MonthlyCounts;

/**
 * Turns a dashboard's figures into the charts the board reads, with their words from the bundles
 * ({@code text} translates a message key with arguments).
 */
public final class DashboardCharts {

    /** How many themes the trend chart follows by name; the rest are in the table and the CSV. */
    static final int TREND_THEMES = 5;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private DashboardCharts() {
    }

    /** A translator: message key and arguments to words. */
    public interface Text {
        String get(String key, Object... arguments);
    }

    public static List<ChartSpec> all(Dashboard dashboard, Text text) {
        return List.of(themes(dashboard, text), trend(dashboard, text), moods(dashboard, text),
                breakdown(dashboard.cohorts(), "cohort", c -> text.get("insight.cohort." + c), text),
                breakdown(dashboard.ageBands(), "ageBand",
                        c -> c.isEmpty() ? text.get("insight.notTold") : text.get("ageBand." + c), text),
                breakdown(dashboard.counties(), "county", c -> text.get("insight.county." + c), text));
    }

    /** Views per theme in the period and the one before. */
    public static ChartSpec themes(Dashboard dashboard, Text text) {
        List<String> names = new ArrayList<>();
        List<@Nullable Long> now = new ArrayList<>();
        List<@Nullable Long> before = new ArrayList<>();
        for (ThemeFigures theme : dashboard.themes()) {
            names.add(theme.name());
            now.add(theme.views());
            before.add(theme.previousViews());
        }
        return new ChartSpec("themes", text.get("insight.chart.themes"),
                text.get("insight.chart.themes.description", dashboard.totalViews(), dashboard.themes().size()),
                ChartSpec.Kind.BAR, text.get("insight.theme"), text.get("insight.views"), names,
                List.of(new ChartSpec.Series(text.get("insight.thisPeriod"), now),
                        new ChartSpec.Series(text.get("insight.previousPeriod"), before)));
    }

    /** All views by month, and the busiest themes by month. */
    public static ChartSpec trend(Dashboard dashboard, Text text) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = dashboard.period().from(); !m.isAfter(dashboard.period().to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<Long, Map<YearMonth, Long>> byTheme = new HashMap<>();
        dashboard.trend().forEach(f -> byTheme.computeIfAbsent(f.themeId(), k -> new HashMap<>())
                .merge(f.month(), f.views(), Long::sum));
        List<ChartSpec.Series> series = new ArrayList<>();
        series.add(new ChartSpec.Series(text.get("insight.allViews"), months.stream()
                .map(m -> (Long) byTheme.getOrDefault(MonthlyCounts.ALL_VIEWS, Map.of()).getOrDefault(m, 0L))
                .toList()));
        dashboard.themes().stream().filter(t -> t.views() > 0).limit(TREND_THEMES).forEach(t -> series.add(
                new ChartSpec.Series(t.name(), months.stream()
                        .map(m -> (Long) byTheme.getOrDefault(t.themeId(), Map.of()).getOrDefault(m, 0L)).toList())));
        return new ChartSpec("trend", text.get("insight.chart.trend"),
                text.get("insight.chart.trend.description", MONTH.format(dashboard.period().from()),
                        MONTH.format(dashboard.period().to())),
                ChartSpec.Kind.LINE, text.get("insight.month"), text.get("insight.views"),
                months.stream().map(MONTH::format).toList(), series);
    }

    /** How young people felt, theme by theme (small numbers held back). */
    public static ChartSpec moods(Dashboard dashboard, Text text) {
        return breakdown(dashboard.moods(), "moods", m -> text.get("mood." + m), text);
    }

    static ChartSpec breakdown(Breakdown breakdown, String id, Function<String, String> columnName, Text text) {
        List<String> rows = breakdown.rows().stream()
                .map(r -> r.themeId() == MonthlyCounts.ALL_VIEWS ? text.get("insight.allViews") : r.themeName())
                .toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int c = 0; c < breakdown.columns().size(); c++) {
            int column = c;
            series.add(new ChartSpec.Series(columnName.apply(breakdown.columns().get(c)),
                    breakdown.rows().stream().map(r -> r.cells().get(column).views()).toList()));
        }
        return new ChartSpec(id, text.get("insight.chart." + id), text.get("insight.chart." + id + ".description",
                Breakdown.SMALLEST_SHOWN), ChartSpec.Kind.STACKED_BAR, text.get("insight.theme"),
                text.get("insight.views"), rows, series);
    }
}
