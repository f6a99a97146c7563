package org.ourvoice.pledges.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A dated note of how an adopted promise is being kept, with its evidence and, where there is one,
 * the board action that delivers it. Kept by the promise's thread, so it carries across versions.
 */
@Entity
@Table(name = "pledge_delivery_update")
public class DeliveryUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "thread_key", nullable = false, length = 36)
    private String threadKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;

    @Column(name = "evidence", nullable = false, length = 1000)
    private String evidence;

    @Column(name = "board_action_id")
    private @Nullable Long boardActionId;

    @Column(name = "recorded_by")
    private @Nullable Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DeliveryUpdate() {
        this.threadKey = "";
        this.status = DeliveryStatus.ON_TRACK;
        this.onDate = LocalDate.EPOCH;
        this.evidence = "";
        this.recordedAt = Instant.EPOCH;
    }

    public DeliveryUpdate(long documentId, String threadKey, DeliveryStatus status, LocalDate onDate, String evidence,
            @Nullable Long boardActionId, long recordedBy, Instant recordedAt) {
        this.documentId = documentId;
        this.threadKey = threadKey;
        this.status = status;
        this.onDate = onDate;
        this.evidence = evidence;
        this.boardActionId = boardActionId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Update not saved yet");
        }
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getThreadKey() {
        return threadKey;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public String getEvidence() {
        return evidence;
    }

    public @Nullable Long getBoardActionId() {
        return boardActionId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
