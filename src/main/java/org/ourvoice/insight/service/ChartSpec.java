package org.ourvoice.insight.service;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chart as data: what it shows in words (its title and a one-sentence description that is also
 * its text alternative), the categories along one axis and one or more series of figures. The same
 * spec draws the SVG on screen, the image in the board pack, the data table beside the chart and
 * its CSV download, so they always agree. A {@code null} figure is held back (a small number).
 */
public record ChartSpec(String id, String title, String description, Kind kind, String categoryLabel,
        String valueLabel, List<String> categories, List<Series> series) {

    /** How the figures are drawn. */
    public enum Kind { BAR, STACKED_BAR, LINE }

    /** One named run of figures, one per category. */
    public record Series(String name, List<@Nullable Long> values) {

        public Series {
            values = new ArrayList<>(values);
        }

        @Override
        public List<@Nullable Long> values() {
            return java.util.Collections.unmodifiableList(values);
        }
    }

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Every series has one figure per category");
            }
        }
    }
}
