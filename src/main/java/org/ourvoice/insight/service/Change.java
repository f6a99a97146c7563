package org.ourvoice.insight.service;

/** How a theme moved against the previous period. */
public enum Change {
    RISING,
    FALLING,
    STEADY,
    NEW;

    /** At least this many more (or fewer) views, and at least a fifth more (or fewer), to count as a move. */
    static final int MIN_DIFFERENCE = 5;

    static Change between(long previous, long now) {
        if (previous == 0) {
            return now >= MIN_DIFFERENCE ? NEW : STEADY;
        }
        long difference = now - previous;
        if (Math.abs(difference) < MIN_DIFFERENCE || Math.abs(difference) * 5 < previous) {
            return STEADY;
        }
        return difference > 0 ? RISING : FALLING;
    }

    public String messageKey() {
        return "insight.change." + name();
    }
}
