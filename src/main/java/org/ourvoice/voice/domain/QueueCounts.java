package org.ourvoice.voice.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts waiting views for the moderation queue. The whole queue is counted exactly from its
 * index; a filtered queue is counted up to a cap, because counting every match of a theme among a
 * hundred thousand waiting views would keep a worker waiting for a number they do not need.
 */
@Repository
public class QueueCounts {

    private final JdbcTemplate jdbc;

    QueueCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of waiting views that match, or {@code cap + 1} when there are more than {@code cap}. */
    public long count(boolean urgentOnly, boolean personalOnly, boolean talkOnly, @Nullable String ageBand,
            @Nullable Long themeId, int cap) {
        StringBuilder where = new StringBuilder("c.status = 'WAITING'");
        List<Object> arguments = new ArrayList<>();
        if (urgentOnly) {
            where.append(" and c.urgent = true");
        }
        if (personalOnly) {
            where.append(" and c.personal_info = true");
        }
        if (talkOnly) {
            where.append(" and c.wants_to_talk = true");
        }
        if (ageBand != null) {
            where.append(" and c.age_band = ?");
            arguments.add(ageBand);
        }
        if (themeId != null) {
            where.append(" and exists (select 1 from contribution_theme t where t.contribution_id = c.id"
                    + " and t.theme_id = ?)");
            arguments.add(themeId);
        }
        if (arguments.isEmpty() && !urgentOnly && !personalOnly && !talkOnly) {
            Long all = jdbc.queryForObject("select count(*) from contribution c where " + where, Long.class);
            return all == null ? 0 : all;
        }
        arguments.add(cap + 1);
        Long some = jdbc.queryForObject("select count(*) from (select 1 from contribution c where " + where
                + " limit ?) matching", Long.class, arguments.toArray());
        return some == null ? 0 : some;
    }
}
