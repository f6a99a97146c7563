package org.ourvoice.insight.service;

import java.util.ArrayList;
import java.util.List;

/** Holds back small figures in a row of a breakdown (see {@link Breakdown}). */
final class Suppression {

    private Suppression() {
    }

    static List<Cell> apply(List<Long> values) {
        long total = values.stream().mapToLong(Long::longValue).sum();
        if (total < Breakdown.SMALLEST_SHOWN) {
            return values.stream().map(v -> new Cell(v == 0 ? 0L : null)).toList();
        }
        List<Cell> cells = new ArrayList<>();
        int held = 0;
        for (long value : values) {
            boolean small = value > 0 && value < Breakdown.SMALLEST_SHOWN;
            cells.add(new Cell(small ? null : value));
            held += small ? 1 : 0;
        }
        if (held == 1) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                Long value = cells.get(i).views();
                if (value != null && value > 0 && (smallest < 0 || value < values.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                cells.set(smallest, new Cell(null));
            }
        }
        return cells;
    }
}
