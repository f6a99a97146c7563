package org.ourvoice.insight.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The board's figures kept ready: shared views counted by month and theme (0 for all views), in
 * total and by each thing the board breaks them down by (feeling, cohort, age band, county), changed
 * by one as each view is shared or withdrawn. Each breakdown has its own rows, so a query reads only
 * a few hundred of them; the sums are done in the database, and no view is ever loaded to count it.
 */
@Repository
public class MonthlyCounts {

    /** Theme id under which every shared view is counted once, whatever its themes. */
    public static final long ALL_VIEWS = 0;

    /** What the counts are broken down by; {@code TOTAL} is not broken down. */
    public enum Dimension { TOTAL, MOOD, ROLE, AGE_BAND, COUNTY }

    /** Views counted afresh for one month and combination of the breakdowns. */
    public record Row(LocalDate month, String mood, String role, @Nullable String ageBand,
            @Nullable Boolean livesInCounty, long views) {
    }

    /** One summed figure: a theme, a value of the breakdown (a month for the trend), and the number of views. */
    public record Sum(long themeId, String key, long views) {
    }

    private static final String UPSERT = """
            insert into insight_month (dimension, month, theme_id, value, views) values (?, ?, ?, ?, ?)
            on duplicate key update views = views + values(views)""";

    private final JdbcTemplate jdbc;

    MonthlyCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(LocalDate month, long themeId, String mood, String role, @Nullable String ageBand,
            @Nullable Boolean livesInCounty, int delta) {
        jdbc.batchUpdate(UPSERT, rows(new Row(month, mood, role, ageBand, livesInCounty, delta), themeId));
    }

    /** Replaces a theme's counts with ones counted afresh from the views, after a merge. */
    public void replace(long themeId, List<Row> rows) {
        jdbc.update("delete from insight_month where theme_id = ?", themeId);
        List<Object[]> values = new ArrayList<>();
        rows.forEach(r -> values.addAll(rows(r, themeId)));
        jdbc.batchUpdate(UPSERT, values);
    }

    private static List<Object[]> rows(Row row, long themeId) {
        Date month = Date.valueOf(row.month());
        return List.of(new Object[] {Dimension.TOTAL.name(), month, themeId, "", row.views()},
                new Object[] {Dimension.MOOD.name(), month, themeId, row.mood(), row.views()},
                new Object[] {Dimension.ROLE.name(), month, themeId, row.role(), row.views()},
                new Object[] {Dimension.AGE_BAND.name(), month, themeId, row.ageBand() == null ? "" : row.ageBand(),
                    row.views()},
                new Object[] {Dimension.COUNTY.name(), month, themeId, county(row.livesInCounty()), row.views()});
    }

    /** Views per theme in the months. */
    public List<Sum> byTheme(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select theme_id, '' as k, sum(views) as v from insight_month
                where dimension = 'TOTAL' and month between ? and ? group by theme_id""",
                (rs, i) -> new Sum(rs.getLong(1), rs.getString(2), rs.getLong(3)), Date.valueOf(from),
                Date.valueOf(to));
    }

    /** Views per theme and month (the key is the month's first day, as yyyy-mm-dd). */
    public List<Sum> byThemeAndMonth(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select theme_id, month as k, views as v from insight_month
                where dimension = 'TOTAL' and month between ? and ?""",
                (rs, i) -> new Sum(rs.getLong(1), rs.getDate(2).toLocalDate().toString(), rs.getLong(3)),
                Date.valueOf(from), Date.valueOf(to));
    }

    /** Views per theme and value of the breakdown in the months. */
    public List<Sum> byThemeAnd(Dimension dimension, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select theme_id, value as k, sum(views) as v from insight_month
                where dimension = ? and month between ? and ? group by theme_id, value""",
                (rs, i) -> new Sum(rs.getLong(1), rs.getString(2), rs.getLong(3)), dimension.name(),
                Date.valueOf(from), Date.valueOf(to));
    }

    /** How the young person's county is counted: in, out, or not told. */
    public static String county(@Nullable Boolean livesInCounty) {
        if (livesInCounty == null) {
            return "UNKNOWN";
        }
        return livesInCounty ? "IN" : "OUT";
    }
}
