package org.ourvoice.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;

/**
 * A person's request to delete their account. A participation worker confirms it (then the
 * account is erased) or holds it with a recorded reason, for example a safeguarding record that
 * must be kept.
 */
@Entity
@Table(name = "deletion_request")
public class DeletionRequest {

    /** Where the request stands. */
    public enum Status { REQUESTED, HELD, DONE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "keep_anonymised", nullable = false)
    private boolean keepAnonymised;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.REQUESTED;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @PersonalData("a worker's reason for keeping records, which may describe the young person")
    @Column(name = "worker_note", length = 1000)
    private @Nullable String workerNote;

    protected DeletionRequest() {
        this.requestedAt = Instant.EPOCH;
    }

    public DeletionRequest(long accountId, boolean keepAnonymised, Instant requestedAt) {
        this.accountId = accountId;
        this.keepAnonymised = keepAnonymised;
        this.requestedAt = requestedAt;
    }

    public void done(long workerId, Instant now) {
        requireOpen();
        status = Status.DONE;
        decidedBy = workerId;
        decidedAt = now;
        workerNote = null;
    }

    public void hold(long workerId, String reason, Instant now) {
        requireOpen();
        status = Status.HELD;
        decidedBy = workerId;
        decidedAt = now;
        workerNote = reason;
    }

    public void cancel(Instant now) {
        requireOpen();
        status = Status.CANCELLED;
        decidedAt = now;
    }

    /** Erasure: a worker's note may describe the person, so it goes. */
    public void forgetNote() {
        workerNote = null;
    }

    private void requireOpen() {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("Request is " + status);
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean isKeepAnonymised() {
        return keepAnonymised;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getWorkerNote() {
        return workerNote;
    }
}
