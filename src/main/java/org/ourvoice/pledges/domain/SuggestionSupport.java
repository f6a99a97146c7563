package org.ourvoice.pledges.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;

/** A young person backing someone's suggestion; once each, which the database holds to as well. */
@Entity
@Table(name = "pledge_support")
public class SuggestionSupport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "suggestion_id", nullable = false)
    private long suggestionId;

    @PersonalData("who backed the suggestion, so they back it only once")
    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "supported_at", nullable = false)
    private Instant supportedAt;

    protected SuggestionSupport() {
        this.supportedAt = Instant.EPOCH;
    }

    public SuggestionSupport(long suggestionId, long accountId, Instant supportedAt) {
        this.suggestionId = suggestionId;
        this.accountId = accountId;
        this.supportedAt = supportedAt;
    }

    public long getSuggestionId() {
        return suggestionId;
    }

    public Instant getSupportedAt() {
        return supportedAt;
    }
}
