package org.ourvoice.insight.service;

import java.time.YearMonth;

/** Shared views in one month, for one theme or ({@code themeId} 0) for all. */
public record MonthFigure(YearMonth month, long themeId, long views) {
}
