package org.ourvoice.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;

/** A young person came to the board meeting on a date (recorded by a worker, through an offered seat). */
@Entity
@Table(name = "board_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @PersonalData("which young person attended the board")
    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {
        this.meetingDate = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    public Attendance(long accountId, LocalDate meetingDate, Instant recordedAt) {
        this.accountId = accountId;
        this.meetingDate = meetingDate;
        this.recordedAt = recordedAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }
}
