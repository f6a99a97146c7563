package org.ourvoice.pledges.domain;

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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One numbered version of a document. It moves draft → open for ideas (until a closing date) →
 * adopted by the board → replaced by a later adopted version; only a draft's words change. Every
 * change to its sections or commitments touches it, so two people acting on what they saw find
 * out when the other got there first.
 */
@Entity
@Table(name = "pledge_version")
public class PledgeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private VersionStatus status = VersionStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 20)
    private Audience audience;

    @Column(name = "closes_on")
    private @Nullable LocalDate closesOn;

    @Column(name = "opened_at")
    private @Nullable Instant openedAt;

    @Column(name = "adopted_on")
    private @Nullable LocalDate adoptedOn;

    @Column(name = "adopted_by")
    private @Nullable Long adoptedBy;

    @Column(name = "replaced_at")
    private @Nullable Instant replacedAt;

    @Column(name = "based_on_id")
    private @Nullable Long basedOnId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PledgeVersion() {
        this.audience = Audience.BOTH;
        this.changedAt = Instant.EPOCH;
    }

    public PledgeVersion(long documentId, int number, Audience audience, @Nullable Long basedOnId, Instant now) {
        this.documentId = documentId;
        this.number = number;
        this.audience = audience;
        this.basedOnId = basedOnId;
        this.changedAt = now;
    }

    /** Marks a change to the words, so a later adoption or opening sees that it is not what was read. */
    public void touch(Instant now) {
        requireDraft();
        this.changedAt = now;
    }

    public void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("Only a draft changes");
        }
    }

    public void open(Audience who, LocalDate closes, Instant now) {
        requireDraft();
        this.status = VersionStatus.OPEN;
        this.audience = who;
        this.closesOn = closes;
        this.openedAt = now;
        this.changedAt = now;
    }

    /** Open for ideas on the given day (the closing day included). */
    public boolean takesIdeasOn(LocalDate today) {
        return status == VersionStatus.OPEN && closesOn != null && !today.isAfter(closesOn);
    }

    public void adopt(long boardMemberId, LocalDate on, Instant now) {
        if (status != VersionStatus.DRAFT && status != VersionStatus.OPEN) {
            throw new IllegalStateException("Already adopted or replaced");
        }
        this.status = VersionStatus.ADOPTED;
        this.adoptedBy = boardMemberId;
        this.adoptedOn = on;
        this.changedAt = now;
    }

    public void replace(Instant now) {
        this.status = VersionStatus.REPLACED;
        this.replacedAt = now;
        this.changedAt = now;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Version not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public Audience getAudience() {
        return audience;
    }

    public @Nullable LocalDate getClosesOn() {
        return closesOn;
    }

    public @Nullable LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public @Nullable Long getBasedOnId() {
        return basedOnId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
