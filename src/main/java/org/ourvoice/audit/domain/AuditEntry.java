package org.ourvoice.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;

/** One line of the audit trail. Immutable: written once, never changed or deleted by the portal. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id")
    private @Nullable Long actorAccountId;

    @PersonalData("who did it, as they were named at the time")
    @Column(name = "actor_name", length = 100)
    private @Nullable String actorName;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "subject", length = 120)
    private @Nullable String subject;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private @Nullable String detail;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.action = "";
    }

    public AuditEntry(Instant occurredAt, @Nullable Long actorAccountId, @Nullable String actorName, String action,
            @Nullable String subject, @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.action = action;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable Long getActorAccountId() {
        return actorAccountId;
    }

    public @Nullable String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public @Nullable String getDetail() {
        return detail;
    }
}
