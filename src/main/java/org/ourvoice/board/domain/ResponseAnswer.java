package org.ourvoice.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;

/**
 * A young person's answer to a response: yes, partly or no, and perhaps a comment. The comment
 * itself is kept by voice and moderated like any view; this only points at it.
 */
@Entity
@Table(name = "board_response_answer")
public class ResponseAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @PersonalData("who answered, so each young person answers once")
    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 10)
    private Verdict verdict;

    @Column(name = "comment_id")
    private @Nullable Long commentId;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ResponseAnswer() {
        this.verdict = Verdict.YES;
        this.answeredAt = Instant.EPOCH;
    }

    public ResponseAnswer(long responseId, long accountId, Verdict verdict, @Nullable Long commentId,
            Instant answeredAt) {
        this.responseId = responseId;
        this.accountId = accountId;
        this.verdict = verdict;
        this.commentId = commentId;
        this.answeredAt = answeredAt;
    }

    /** Erasure keeps the answer for the board's figures, with nothing pointing at the person. */
    public void anonymise() {
        this.accountId = null;
    }

    public long getResponseId() {
        return responseId;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public @Nullable Long getCommentId() {
        return commentId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
