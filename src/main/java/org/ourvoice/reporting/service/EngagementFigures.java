package org.ourvoice.reporting.service;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.TookPart;
import org.ourvoice.insight.service.Period;
import org.ourvoice.security.Role;

/**
 * Who took part in a period: different young people in all, by cohort as a share of the cohort's
 * size, by way of taking part, by age band, county and asylum-seeking status (each person once, as
 * they were when they last took part), by month, and at board meetings. A {@code null} figure is
 * held back because it is small enough to point at someone.
 */
public record EngagementFigures(Period period, long total, List<CohortFigure> cohorts, List<KindFigure> kinds,
        Partition ageBands, Partition county, Partition asylum, List<MonthFigure> months, BoardFigures board) {

    /** Figures from 1 to 4 are held back. */
    public static final int SMALLEST_SHOWN = 5;

    public EngagementFigures {
        cohorts = List.copyOf(cohorts);
        kinds = List.copyOf(kinds);
        months = List.copyOf(months);
    }

    /** A cohort's different young people, its size as the council set it, and the share in per cent (one decimal). */
    public record CohortFigure(Role cohort, @Nullable Long people, int size, @Nullable Double sharePercent) {
    }

    public record KindFigure(TookPart.Kind kind, @Nullable Long people) {
    }

    /** Everyone who took part split by one thing: a value (such as {@code IN}, {@code UNKNOWN}) and its figure. */
    public record Partition(List<String> values, List<@Nullable Long> people) {

        public Partition {
            values = List.copyOf(values);
            people = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(people));
        }

        public @Nullable Long of(String value) {
            int i = values.indexOf(value);
            return i < 0 ? Long.valueOf(0) : people.get(i);
        }
    }

    public record MonthFigure(YearMonth month, @Nullable Long childrenInCare, @Nullable Long careLeavers) {
    }

    /** Young people at board meetings: different people, their attendances, and meetings with at least one. */
    public record BoardFigures(long youngPeople, long attendances, long meetings, List<BoardMonth> months) {

        public BoardFigures {
            months = List.copyOf(months);
        }
    }

    public record BoardMonth(YearMonth month, long attendances, long meetings) {
    }
}
