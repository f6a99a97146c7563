package org.ourvoice.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "You said, we did": the board's answer to young people for one decision, in plain words. Once
 * published, each young person whose view the decision answers is told.
 */
@Entity
@Table(name = "board_response")
public class BoardResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "decision_id", nullable = false, unique = true)
    private long decisionId;

    @Column(name = "you_said", nullable = false, length = 1000)
    private String youSaid;

    @Column(name = "we_did", nullable = false, length = 1000)
    private String weDid;

    @Column(name = "what_next", nullable = false, length = 1000)
    private String whatNext;

    @Column(name = "by_when")
    private @Nullable LocalDate byWhen;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected BoardResponse() {
        this.youSaid = "";
        this.weDid = "";
        this.whatNext = "";
        this.publishedAt = Instant.EPOCH;
    }

    public BoardResponse(long decisionId, String youSaid, String weDid, String whatNext, @Nullable LocalDate byWhen,
            Instant publishedAt) {
        this.decisionId = decisionId;
        this.youSaid = youSaid;
        this.weDid = weDid;
        this.whatNext = whatNext;
        this.byWhen = byWhen;
        this.publishedAt = publishedAt;
    }

    public void change(String newYouSaid, String newWeDid, String newWhatNext, @Nullable LocalDate newByWhen) {
        this.youSaid = newYouSaid;
        this.weDid = newWeDid;
        this.whatNext = newWhatNext;
        this.byWhen = newByWhen;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Response not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public String getYouSaid() {
        return youSaid;
    }

    public String getWeDid() {
        return weDid;
    }

    public String getWhatNext() {
        return whatNext;
    }

    public @Nullable LocalDate getByWhen() {
        return byWhen;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
