package org.ourvoice.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.service.OpportunityForm;
import org.ourvoice.opportunities.service.OpportunityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Publishes opportunities for tests as the demo worker, and moves them in time with plain SQL. */
@Component
public class TestOpportunities {

    private final OpportunityService opportunities;
    private final RunAs runAs;
    private final JdbcTemplate jdbc;

    public TestOpportunities(OpportunityService opportunities, RunAs runAs, JdbcTemplate jdbc) {
        this.opportunities = opportunities;
        this.runAs = runAs;
        this.jdbc = jdbc;
    }

    public static OpportunityForm form(OpportunityKind kind, String title, int places) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(14);
        return new OpportunityForm(kind, title, "We will talk about what matters to you.", day, LocalTime.of(17, 0),
                LocalTime.of(19, 0), "County Hall, Room 2", null, true, true, 8, 25, places, day.minusDays(2));
    }

    /** An opportunity for everyone, a fortnight ahead, with the given places. */
    public long publish(OpportunityKind kind, String title, int places) {
        return publish(form(kind, title, places));
    }

    public long publish(OpportunityForm form) {
        return runAs.user(DemoUsers.WORKER, () -> opportunities.publish(form));
    }

    /** Sign-up closed a moment ago; it still starts in the future. */
    public void closeSignUp(long opportunityId) {
        jdbc.update("update opportunity set closes_at = ? where id = ?", utc(Instant.now().minusSeconds(60)), opportunityId);
    }

    /** Moves the opportunity so that it started {@code ago} before now and lasts two hours. */
    public void startedAgo(long opportunityId, Duration ago) {
        Instant start = Instant.now().minus(ago);
        jdbc.update("update opportunity set starts_at = ?, ends_at = ?, closes_at = ? where id = ?", utc(start),
                utc(start.plus(Duration.ofHours(2))), utc(start.minus(Duration.ofDays(1))), opportunityId);
    }

    /** Moves the opportunity to start at the given instant. */
    public void startsAt(long opportunityId, Instant start) {
        jdbc.update("update opportunity set starts_at = ?, ends_at = ?, closes_at = ? where id = ?", utc(start),
                utc(start.plus(Duration.ofHours(2))), utc(start.minus(Duration.ofDays(1))), opportunityId);
    }

    /** The instant as the database holds it: UTC wall-clock time, whatever this machine's time zone. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public long noticesFor(long accountId, String messageKey) {
        Long count = jdbc.queryForObject("select count(*) from notice where recipient_id = ? and message_key = ?",
                Long.class, accountId, messageKey);
        return count == null ? 0 : count;
    }
}
