package org.ourvoice.reporting.service;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourvoice.insight.service.ChartSpec;
import org.ourvoice.insight.service.DashboardCharts;

/**
 * The engagement figures as charts, each with the words that describe it; the same specs draw the
 * screen, the report's PDF and its tables and CSV, so they always agree.
 */
public final class EngagementCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private EngagementCharts() {
    }

    public static List<ChartSpec> all(EngagementFigures f, DashboardCharts.Text text) {
        return List.of(cohorts(f, text), kinds(f, text), trend(f, text),
                partition("ageBand", f.ageBands(), v -> EngagementService.UNKNOWN.equals(v)
                        ? text.get("engagement.notRecorded") : text.get("ageBand." + v), text),
                partition("county", f.county(), v -> text.get("engagement.county." + v), text),
                partition("asylum", f.asylum(), v -> text.get("engagement.asylum." + v), text),
                board(f, text));
    }

    static ChartSpec cohorts(EngagementFigures f, DashboardCharts.Text text) {
        List<String> names = new ArrayList<>();
        List<@Nullable Long> people = new ArrayList<>();
        for (EngagementFigures.CohortFigure c : f.cohorts()) {
            names.add(text.get("engagement.cohort." + c.cohort().name()));
            people.add(c.people());
        }
        return bar("cohort", names, people, text, EngagementFigures.SMALLEST_SHOWN);
    }

    static ChartSpec kinds(EngagementFigures f, DashboardCharts.Text text) {
        return bar("kind", f.kinds().stream().map(k -> text.get("engagement.kind." + k.kind().name())).toList(),
                f.kinds().stream().map(EngagementFigures.KindFigure::people).toList(), text,
                EngagementFigures.SMALLEST_SHOWN);
    }

    static ChartSpec trend(EngagementFigures f, DashboardCharts.Text text) {
        List<String> months = f.months().stream().map(m -> MONTH.format(m.month())).toList();
        return new ChartSpec("trend", text.get("engagement.chart.trend"),
                text.get("engagement.chart.trend.description", EngagementFigures.SMALLEST_SHOWN),
                ChartSpec.Kind.LINE, text.get("engagement.month"), text.get("engagement.people"), months,
                List.of(new ChartSpec.Series(text.get("engagement.cohort.YOUNG_PERSON"),
                                f.months().stream().map(EngagementFigures.MonthFigure::childrenInCare).toList()),
                        new ChartSpec.Series(text.get("engagement.cohort.CARE_LEAVER"),
                                f.months().stream().map(EngagementFigures.MonthFigure::careLeavers).toList())));
    }

    static ChartSpec board(EngagementFigures f, DashboardCharts.Text text) {
        List<String> months = f.board().months().stream().map(m -> MONTH.format(m.month())).toList();
        return new ChartSpec("board", text.get("engagement.chart.board"),
                text.get("engagement.chart.board.description", f.board().youngPeople(), f.board().meetings()),
                ChartSpec.Kind.BAR, text.get("engagement.month"), text.get("engagement.people"), months,
                List.of(new ChartSpec.Series(text.get("engagement.board.attendances"), f.board().months().stream()
                                .map(m -> (Long) m.attendances()).toList()),
                        new ChartSpec.Series(text.get("engagement.board.meetings"), f.board().months().stream()
                                .map(m -> (Long) m.meetings()).toList())));
    }

    static ChartSpec partition(String id, EngagementFigures.Partition p, Function<String, String> name,
            DashboardCharts.Text text) {
        return bar(id, p.values().stream().map(name).toList(), p.people(), text, EngagementFigures.SMALLEST_SHOWN);
    }

    private static ChartSpec bar(String id, List<String> categories, List<@Nullable Long> people,
            DashboardCharts.Text text, Object argument) {
        return new ChartSpec(id, text.get("engagement.chart." + id),
                text.get("engagement.chart." + id + ".description", argument), ChartSpec.Kind.BAR,
                text.get("engagement.chart." + id + ".category"), text.get("engagement.people"), categories,
                List.of(new ChartSpec.Series(text.get("engagement.people"), people)));
    }

    /** A year-month as the figures write it. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
