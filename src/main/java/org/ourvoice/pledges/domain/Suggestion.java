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
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;

/**
 * A young person's suggestion or comment on a version open for ideas. Its words are a contribution
 * in the voice feature, screened and moderated like a view; this keeps what it is about and what
 * became of it: taken into the next draft (as written or changed) or not taken, with a reason.
 */
@Entity
@Table(name = "pledge_suggestion")
public class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "commitment_id")
    private @Nullable Long commitmentId;

    @Column(name = "section_id")
    private @Nullable Long sectionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SuggestionKind kind;

    @Column(name = "contribution_id", nullable = false)
    private long contributionId;

    @PersonalData("who made the suggestion, to tell them what became of it and credit them")
    @Column(name = "author_id")
    private @Nullable Long authorId;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private @Nullable SuggestionOutcome outcome;

    @Column(name = "outcome_reason", length = 500)
    private @Nullable String outcomeReason;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "taken_into_version_id")
    private @Nullable Long takenIntoVersionId;

    @Column(name = "taken_into_commitment_id")
    private @Nullable Long takenIntoCommitmentId;

    @Column(name = "text_before", length = 500)
    private @Nullable String textBefore;

    @Column(name = "text_after", length = 500)
    private @Nullable String textAfter;

    protected Suggestion() {
        this.kind = SuggestionKind.COMMENT;
        this.madeAt = Instant.EPOCH;
    }

    public Suggestion(long versionId, @Nullable Long commitmentId, @Nullable Long sectionId, SuggestionKind kind,
            long contributionId, long authorId, Instant madeAt) {
        if (kind != SuggestionKind.NEW_COMMITMENT && commitmentId == null) {
            throw new IllegalArgumentException("Wording and comments are about a commitment");
        }
        this.versionId = versionId;
        this.commitmentId = commitmentId;
        this.sectionId = sectionId;
        this.kind = kind;
        this.contributionId = contributionId;
        this.authorId = authorId;
        this.madeAt = madeAt;
    }

    /** Takes the suggestion into the next draft: as written when the words are the same, otherwise changed. */
    public void takeIn(long workerId, long draftId, long commitment, @Nullable String before, String after,
            boolean asWritten, Instant when) {
        requireOpenSuggestion();
        this.outcome = asWritten ? SuggestionOutcome.TAKEN_IN : SuggestionOutcome.TAKEN_IN_CHANGED;
        this.decidedBy = workerId;
        this.decidedAt = when;
        this.takenIntoVersionId = draftId;
        this.takenIntoCommitmentId = commitment;
        this.textBefore = before;
        this.textAfter = after;
    }

    public void decline(long workerId, String reason, Instant when) {
        requireOpenSuggestion();
        this.outcome = SuggestionOutcome.NOT_TAKEN;
        this.outcomeReason = reason;
        this.decidedBy = workerId;
        this.decidedAt = when;
    }

    private void requireOpenSuggestion() {
        if (kind == SuggestionKind.COMMENT) {
            throw new IllegalStateException("Comments are read, not taken in");
        }
        if (outcome != null) {
            throw new IllegalStateException("Already decided");
        }
    }

    /** Erasure: the change it made stays in the record, with nothing that points at the person. */
    public void anonymise() {
        this.authorId = null;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Suggestion not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getVersionId() {
        return versionId;
    }

    public @Nullable Long getCommitmentId() {
        return commitmentId;
    }

    public @Nullable Long getSectionId() {
        return sectionId;
    }

    public SuggestionKind getKind() {
        return kind;
    }

    public long getContributionId() {
        return contributionId;
    }

    public @Nullable Long getAuthorId() {
        return authorId;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public @Nullable SuggestionOutcome getOutcome() {
        return outcome;
    }

    public @Nullable String getOutcomeReason() {
        return outcomeReason;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable Long getTakenIntoVersionId() {
        return takenIntoVersionId;
    }

    public @Nullable Long getTakenIntoCommitmentId() {
        return takenIntoCommitmentId;
    }

    public @Nullable String getTextBefore() {
        return textBefore;
    }

    public @Nullable String getTextAfter() {
        return textAfter;
    }
}
