package org.ourvoice.voice.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts views for the queue and the board's list. An unfiltered count is exact and read from an
 * index; a filtered one is counted up to a cap, because counting every match of a theme among a
 * hundred thousand views would keep people waiting for a number they do not need. Only the
 * conditions asked for are written into the query. A theme is checked per waiting view (few of all
 * views wait, and the queue's index is read in order) but joined from the theme's own index for
 * shared views (most views are shared). Writing about something else (an answer to a response, a
 * suggestion for a pledge) is moderated in the same queue but is never counted as a shared view.
 */
@Repository
public class ContributionCounts {

    private final JdbcTemplate jdbc;

    ContributionCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waiting views that match, or {@code cap + 1} when there are more than {@code cap}. */
    public long waiting(boolean urgentOnly, boolean personalOnly, boolean talkOnly, @Nullable String ageBand,
            @Nullable Long themeId, int cap) {
        Query query = new Query("WAITING");
        query.when(urgentOnly, "c.urgent = true");
        query.when(personalOnly, "c.personal_info = true");
        query.when(talkOnly, "c.wants_to_talk = true");
        query.when(ageBand != null, "c.age_band = ?", ageBand);
        query.when(themeId != null, "(select count(*) from contribution_theme t where t.contribution_id = c.id"
                + " and t.theme_id = ?) > 0", themeId);
        return query.count(cap);
    }

    /** Shared views that match, or {@code cap + 1} when there are more than {@code cap}. */
    public long shared(@Nullable Long themeId, boolean quotesOnly, @Nullable Mood mood, @Nullable LocalDate fromMonth,
            @Nullable LocalDate toMonth, int cap) {
        Query query = new Query("APPROVED");
        query.always("c.about is null");
        query.when(themeId != null, "exists (select 1 from contribution_theme t where t.contribution_id = c.id"
                + " and t.theme_id = ?)", themeId);
        query.when(quotesOnly, "c.quote = true");
        query.when(mood != null, "c.mood = ?", mood == null ? null : mood.name());
        query.when(fromMonth != null, "c.submitted_month >= ?", fromMonth == null ? null : Date.valueOf(fromMonth));
        query.when(toMonth != null, "c.submitted_month <= ?", toMonth == null ? null : Date.valueOf(toMonth));
        return query.count(cap);
    }

    private final class Query {

        private final StringBuilder where = new StringBuilder("c.status = ?");
        private final List<Object> arguments = new ArrayList<>();
        private boolean filtered;

        Query(String status) {
            arguments.add(status);
        }

        void always(String condition) {
            where.append(" and ").append(condition);
        }

        void when(boolean applies, String condition, @Nullable Object... values) {
            if (applies) {
                where.append(" and ").append(condition);
                for (Object value : values) {
                    arguments.add(value);
                }
                filtered = true;
            }
        }

        long count(int cap) {
            Long count;
            if (filtered) {
                arguments.add(cap + 1);
                count = jdbc.queryForObject("select count(*) from (select 1 from contribution c where " + where
                        + " limit ?) matching", Long.class, arguments.toArray());
            } else {
                count = jdbc.queryForObject("select count(*) from contribution c where " + where, Long.class,
                        arguments.toArray());
            }
            return count == null ? 0 : count;
        }
    }
}
