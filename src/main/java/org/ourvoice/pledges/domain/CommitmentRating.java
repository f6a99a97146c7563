package org.ourvoice.pledges.domain;

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

/** How much a commitment matters to one young person (1 a little, 2 quite a lot, 3 a lot); they may change it. */
@Entity
@Table(name = "pledge_rating")
public class CommitmentRating {

    public static final int LEAST = 1;
    public static final int MOST = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "commitment_id", nullable = false)
    private long commitmentId;

    @PersonalData("who said how much the promise matters, so they can change it")
    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected CommitmentRating() {
        this.ratedAt = Instant.EPOCH;
    }

    public CommitmentRating(long commitmentId, long accountId, int score, Instant ratedAt) {
        this.commitmentId = commitmentId;
        this.accountId = accountId;
        rate(score, ratedAt);
    }

    public final void rate(int newScore, Instant when) {
        if (newScore < LEAST || newScore > MOST) {
            throw new IllegalArgumentException("Score out of range");
        }
        this.score = newScore;
        this.ratedAt = when;
    }

    public long getCommitmentId() {
        return commitmentId;
    }

    public int getScore() {
        return score;
    }
}
