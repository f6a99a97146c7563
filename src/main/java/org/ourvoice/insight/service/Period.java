package org.ourvoice.insight.service;

import java.time.YearMonth;

/**
 * A run of whole months, first and last included: what the board's figures cover. The previous
 * period is the same number of months just before it, for what is rising and falling.
 */
public record Period(YearMonth from, YearMonth to) {

    /** The longest period the dashboard shows at once. */
    public static final int MAX_MONTHS = 60;

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    /** The last {@code months} months, this one included. */
    public static Period last(int months, YearMonth thisMonth) {
        return new Period(thisMonth.minusMonths(months - 1L), thisMonth);
    }

    public int months() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    public Period previous() {
        return new Period(from.minusMonths(months()), from.minusMonths(1));
    }
}
