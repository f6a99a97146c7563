package org.ourvoice.reporting.domain;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every time a young person took part, as a numbered participant with their cohort, age band,
 * county and asylum-seeking status as they were then, and every board meeting they attended. The
 * figures are counted here by the database. Erasing an account unlinks its participant number, so
 * what they did stays counted without pointing at them.
 */
@Repository
public class ParticipationLedger {

    /** The profile of the person taking part at the time, as breakdowns need it. */
    public record Facts(String cohort, @Nullable String ageBand, @Nullable Boolean livesInCounty,
            @Nullable Boolean asylumSeeking) {
    }

    /** How many people shared one combination of facts (their latest in the period). */
    public record Group(Facts facts, long people) {
    }

    /** A number of distinct people for a key (a kind of taking part, or a month and cohort). */
    public record Count(String key, @Nullable String cohort, long people) {
    }

    /** Board meeting attendance in one month. */
    public record BoardMonth(LocalDate month, long attendances, long meetings) {
    }

    /** A row of a person's own record, for "My data". */
    public record Entry(String kind, Instant at) {
    }

    private final JdbcTemplate jdbc;

    ParticipationLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's participant number, given the first time they take part. */
    public long participant(long accountId) {
        jdbc.update("insert ignore into participant (account_id) values (?)", accountId);
        Long id = jdbc.queryForObject("select id from participant where account_id = ?", Long.class, accountId);
        if (id == null) {
            throw new IllegalStateException("No participant for the account");
        }
        return id;
    }

    /** Records taking part once: the same person, kind and moment again changes nothing. Returns whether it was new. */
    public boolean record(long participantId, String kind, Instant at, LocalDate month, Facts facts) {
        return jdbc.update("""
                insert ignore into participation
                  (participant_id, kind, took_part_at, month, cohort, age_band, lives_in_county, asylum_seeking)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", participantId, kind, utc(at), Date.valueOf(month),
                facts.cohort(), facts.ageBand(), facts.livesInCounty(), facts.asylumSeeking()) > 0;
    }

    public void recordBoardMeeting(long participantId, LocalDate meetingDate, Instant recordedAt) {
        jdbc.update("insert ignore into participant_at_board (participant_id, meeting_date, recorded_at) values (?, ?, ?)",
                participantId, Date.valueOf(meetingDate), utc(recordedAt));
    }

    /** Each person once, by the facts of their latest taking part in the months, grouped and counted. */
    public List<Group> latestFacts(LocalDate firstMonth, LocalDate lastMonth) {
        return jdbc.query("""
                select cohort, age_band, lives_in_county, asylum_seeking, count(*) as people from (
                  select cohort, age_band, lives_in_county, asylum_seeking,
                         row_number() over (partition by participant_id order by took_part_at desc, id desc) as nth
                  from participation where month between ? and ?) latest
                where nth = 1
                group by cohort, age_band, lives_in_county, asylum_seeking""",
                (rs, n) -> new Group(new Facts(rs.getString("cohort"), rs.getString("age_band"),
                        (Boolean) rs.getObject("lives_in_county", Boolean.class),
                        (Boolean) rs.getObject("asylum_seeking", Boolean.class)), rs.getLong("people")),
                Date.valueOf(firstMonth), Date.valueOf(lastMonth));
    }

    /** Distinct people for each way of taking part. */
    public List<Count> byKind(LocalDate firstMonth, LocalDate lastMonth) {
        return jdbc.query("""
                select kind, count(distinct participant_id) as people from participation
                where month between ? and ? group by kind""",
                (rs, n) -> new Count(rs.getString("kind"), null, rs.getLong("people")),
                Date.valueOf(firstMonth), Date.valueOf(lastMonth));
    }

    /** Distinct people in each month and cohort; the key is the month's first day. */
    public List<Count> byMonth(LocalDate firstMonth, LocalDate lastMonth) {
        return jdbc.query("""
                select month, cohort, count(distinct participant_id) as people from participation
                where month between ? and ? group by month, cohort""",
                (rs, n) -> new Count(rs.getDate("month").toLocalDate().toString(), rs.getString("cohort"),
                        rs.getLong("people")),
                Date.valueOf(firstMonth), Date.valueOf(lastMonth));
    }

    /** Board meetings with young people, by month, between the two days (both included). */
    public List<BoardMonth> boardByMonth(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select date_format(meeting_date, '%Y-%m-01') as month, count(*) as attendances,
                       count(distinct meeting_date) as meetings
                from participant_at_board where meeting_date between ? and ? group by date_format(meeting_date, '%Y-%m-01')""",
                (rs, n) -> new BoardMonth(LocalDate.parse(rs.getString("month")), rs.getLong("attendances"),
                        rs.getLong("meetings")),
                Date.valueOf(from), Date.valueOf(to));
    }

    /** Different young people who attended a board meeting between the two days. */
    public long boardPeople(LocalDate from, LocalDate to) {
        Long people = jdbc.queryForObject("select count(distinct participant_id) from participant_at_board "
                + "where meeting_date between ? and ?", Long.class, Date.valueOf(from), Date.valueOf(to));
        return people == null ? 0 : people;
    }

    public List<Entry> entries(long accountId) {
        return jdbc.query("""
                select p.kind, p.took_part_at from participation p join participant a on a.id = p.participant_id
                where a.account_id = ? order by p.took_part_at desc""",
                (rs, n) -> new Entry(rs.getString("kind"),
                        rs.getTimestamp("took_part_at").toLocalDateTime().toInstant(ZoneOffset.UTC)), accountId);
    }

    /** Unlinks the account from its participant number; what they did stays counted, anonymously. */
    public void unlink(long accountId) {
        jdbc.update("update participant set account_id = null where account_id = ?", accountId);
    }

    /** Whether a one-off job (such as copying earlier views into the ledger) has been done. */
    public boolean done(String job) {
        Integer count = jdbc.queryForObject("select count(*) from reporting_backfill where name = ?", Integer.class, job);
        return count != null && count > 0;
    }

    public void markDone(String job, Instant at) {
        jdbc.update("insert ignore into reporting_backfill (name, done_at) values (?, ?)", job, utc(at));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
