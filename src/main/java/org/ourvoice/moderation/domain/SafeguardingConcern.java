package org.ourvoice.moderation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;

/**
 * A worker's record of a possible risk of harm to a young person, raised from a flagged view: what
 * was seen, who was told, what was done and how it ended. Only participation workers see it.
 */
@Entity
@Table(name = "safeguarding_concern")
public class SafeguardingConcern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "contribution_id")
    private @Nullable Long contributionId;

    @PersonalData("which young person the concern is about")
    @Column(name = "account_id")
    private @Nullable Long accountId;

    @PersonalData("what the worker saw that raised the concern")
    @Column(name = "seen", nullable = false, columnDefinition = "TEXT")
    private String seen;

    @PersonalData("who the worker told")
    @Column(name = "who_told", nullable = false, length = 1000)
    private String whoTold;

    @PersonalData("what was done")
    @Column(name = "action_taken", nullable = false, columnDefinition = "TEXT")
    private String actionTaken;

    @PersonalData("how it ended")
    @Column(name = "outcome", columnDefinition = "TEXT")
    private @Nullable String outcome;

    @Column(name = "raised_by", nullable = false)
    private long raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected SafeguardingConcern() {
        this.seen = "";
        this.whoTold = "";
        this.actionTaken = "";
        this.raisedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public SafeguardingConcern(@Nullable Long contributionId, @Nullable Long accountId, String seen, String whoTold,
            String actionTaken, long raisedBy, Instant raisedAt) {
        this.contributionId = contributionId;
        this.accountId = accountId;
        this.seen = seen;
        this.whoTold = whoTold;
        this.actionTaken = actionTaken;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.updatedAt = raisedAt;
    }

    public void update(String newSeen, String newWhoTold, String newActionTaken, @Nullable String newOutcome,
            Instant when) {
        requireOpen();
        this.seen = newSeen;
        this.whoTold = newWhoTold;
        this.actionTaken = newActionTaken;
        this.outcome = newOutcome;
        this.updatedAt = when;
    }

    /** Closing needs an outcome: a concern never ends without saying how. */
    public void close(String finalOutcome, Instant when) {
        requireOpen();
        this.outcome = finalOutcome;
        this.closedAt = when;
        this.updatedAt = when;
    }

    /** Erasure of the young person's account: the record stays (it may be needed) but no longer points at them. */
    public void unlink() {
        this.accountId = null;
    }

    private void requireOpen() {
        if (closedAt != null) {
            throw new IllegalStateException("Concern already closed");
        }
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Concern not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Long getContributionId() {
        return contributionId;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public String getSeen() {
        return seen;
    }

    public String getWhoTold() {
        return whoTold;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public long getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
