package org.ourvoice.insight.service;

import java.util.List;

/**
 * Everything the themes dashboard shows for a period, counted in the database: views per theme
 * against the period before, the trend by month, and the breakdowns with small numbers held back.
 */
public record Dashboard(Period period, long totalViews, long previousTotalViews, List<ThemeFigures> themes,
        List<MonthFigure> trend, Breakdown moods, Breakdown cohorts, Breakdown ageBands, Breakdown counties) {

    public Dashboard {
        themes = List.copyOf(themes);
        trend = List.copyOf(trend);
    }
}
