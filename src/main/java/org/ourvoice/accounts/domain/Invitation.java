package org.ourvoice.accounts.domain;

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
import org.ourvoice.security.Role;

/**
 * A single-use code that lets one person create an account in one role before it expires.
 * Only a hash of the code is stored: whoever reads the database cannot use open invitations.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "code_hash", nullable = false, length = 64, unique = true)
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @PersonalData("a worker's note of who the invitation is for")
    @Column(name = "note", length = 100)
    private @Nullable String note;

    /** Null for the invitation the portal makes for its first administrator. */
    @Column(name = "created_by")
    private @Nullable Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "used_by")
    private @Nullable Long usedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected Invitation() {
        this.codeHash = "";
        this.role = Role.YOUNG_PERSON;
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public Invitation(String codeHash, Role role, @Nullable String note, @Nullable Long createdBy, Instant createdAt,
            Instant expiresAt) {
        this.codeHash = codeHash;
        this.role = role;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public InvitationStatus status(Instant now) {
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        if (usedAt != null) {
            return InvitationStatus.USED;
        }
        return expiresAt.isAfter(now) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }

    /** Marks the code used by a new account; refuses a code that is not open. */
    public void use(long accountId, Instant now) {
        if (status(now) != InvitationStatus.OPEN) {
            throw new IllegalStateException("Invitation is " + status(now));
        }
        usedAt = now;
        usedBy = accountId;
    }

    /** Withdraws an open invitation; a used or expired one stays as it is. Returns whether it changed. */
    public boolean revoke(Instant now) {
        if (status(now) != InvitationStatus.OPEN) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getUsedAt() {
        return usedAt;
    }
}
