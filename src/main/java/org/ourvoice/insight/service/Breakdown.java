package org.ourvoice.insight.service;

import java.util.List;

/**
 * Views by theme and one other thing (cohort, age band, county or feeling): a row per theme, a
 * column per value. Figures from 1 to 4 are held back, and so is the next smallest in a row where
 * one alone is held back, so that no young person can be worked out from the total.
 */
public record Breakdown(String dimension, List<String> columns, List<Row> rows) {

    /** Small numbers below this are held back. */
    public static final int SMALLEST_SHOWN = 5;

    public Breakdown {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One theme's figures, in the order of the columns. */
    public record Row(long themeId, String themeName, long total, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
