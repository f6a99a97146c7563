package org.ourvoice.insight.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The board's figures kept ready: shared views counted by month, theme (0 for all views), mood,
 * cohort, age band and county, changed by one as each view is shared or withdrawn. Queries add up
 * these counts in the database; nothing here loads views.
 */
@Repository
public class MonthlyCounts {

    /** Theme id under which every shared view is counted once, whatever its themes. */
    public static final long ALL_VIEWS = 0;

    /** The dimensions a dashboard query can group by, besides theme. */
    public enum Dimension {
        MONTH("month"),
        MOOD("mood"),
        ROLE("author_role"),
        AGE_BAND("age_band"),
        COUNTY("county");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** Views counted afresh for one month and combination of the dimensions. */
    public record Row(LocalDate month, String mood, String role, @Nullable String ageBand,
            @Nullable Boolean livesInCounty, long views) {
    }

    /** One summed figure: a theme, a value of the dimension (or none), and the number of views. */
    public record Sum(long themeId, String key, long views) {
    }

    private final JdbcTemplate jdbc;

    MonthlyCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(LocalDate month, long themeId, String mood, String role, @Nullable String ageBand,
            @Nullable Boolean livesInCounty, int delta) {
        jdbc.update("""
                insert into insight_month (month, theme_id, mood, author_role, age_band, county, views)
                values (?, ?, ?, ?, ?, ?, ?)
                on duplicate key update views = views + values(views)""",
                Date.valueOf(month), themeId, mood, role, ageBand == null ? "" : ageBand, county(livesInCounty), delta);
    }

    /** Replaces a theme's counts with ones counted afresh from the views, after a merge. */
    public void replace(long themeId, List<Row> rows) {
        jdbc.update("delete from insight_month where theme_id = ?", themeId);
        jdbc.batchUpdate("""
                insert into insight_month (month, theme_id, mood, author_role, age_band, county, views)
                values (?, ?, ?, ?, ?, ?, ?)
                on duplicate key update views = views + values(views)""", rows.stream().map(r -> new Object[] {
                    Date.valueOf(r.month()), themeId, r.mood(), r.role(), r.ageBand() == null ? "" : r.ageBand(),
                    county(r.livesInCounty()), r.views()}).toList());
    }

    /** Views per theme in the months, summed in the database. */
    public List<Sum> byTheme(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select theme_id, '' as k, sum(views) as v from insight_month
                where month between ? and ? group by theme_id""",
                (rs, i) -> new Sum(rs.getLong(1), rs.getString(2), rs.getLong(3)), Date.valueOf(from), Date.valueOf(to));
    }

    /** Views per theme and value of the dimension in the months, summed in the database. */
    public List<Sum> byThemeAnd(Dimension dimension, LocalDate from, LocalDate to) {
        return jdbc.query("select theme_id, " + dimension.column + " as k, sum(views) as v from insight_month"
                + " where month between ? and ? group by theme_id, " + dimension.column,
                (rs, i) -> new Sum(rs.getLong(1), rs.getString(2), rs.getLong(3)), Date.valueOf(from), Date.valueOf(to));
    }

    /** How the young person's county is counted: in, out, or not told. */
    public static String county(@Nullable Boolean livesInCounty) {
        if (livesInCounty == null) {
            return "UNKNOWN";
        }
        return livesInCounty ? "IN" : "OUT";
    }
}
