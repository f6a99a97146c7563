package org.ourvoice.insight.service;

/** One theme over the period: how many shared views, how many in the period before, and how it moved. */
public record ThemeFigures(long themeId, String name, long views, long previousViews, Change change,
        int changePercent) {
}
