package org.ourvoice.reporting.service;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Holds back small figures so nobody can be picked out: 1 to 4 are held back; where the figures
 * split one whole (a partition) and only one is held back, the next smallest is held back too, so
 * it cannot be worked out from the total; a whole under 5 shows none of its parts.
 */
final class SmallNumbers {

    private SmallNumbers() {
    }

    static @Nullable Long one(long value) {
        return value > 0 && value < EngagementFigures.SMALLEST_SHOWN ? null : value;
    }

    static List<@Nullable Long> partition(List<Long> values) {
        long total = values.stream().mapToLong(Long::longValue).sum();
        List<@Nullable Long> cells = new ArrayList<>();
        if (total < EngagementFigures.SMALLEST_SHOWN) {
            values.forEach(v -> cells.add(v == 0 ? Long.valueOf(0) : null));
            return cells;
        }
        int held = 0;
        for (long value : values) {
            Long shown = one(value);
            cells.add(shown);
            held += shown == null ? 1 : 0;
        }
        if (held == 1) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                Long value = cells.get(i);
                if (value != null && value > 0 && (smallest < 0 || value < values.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                cells.set(smallest, null);
            }
        }
        return cells;
    }
}
