package org.ourvoice.moderation.domain;

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

/**
 * A word or phrase that flags a view for a worker's attention. A trailing {@code *} matches any
 * ending ("groom*" finds "grooming"). Retired phrases stay listed so that a worker can bring them back.
 */
@Entity
@Table(name = "screening_phrase")
public class ScreeningPhrase {

    public static final int MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PhraseKind kind;

    @Column(name = "phrase", nullable = false, length = MAX_LENGTH)
    private String phrase;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "added_by")
    private @Nullable Long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ScreeningPhrase() {
        this.kind = PhraseKind.URGENT;
        this.phrase = "";
        this.addedAt = Instant.EPOCH;
    }

    public ScreeningPhrase(PhraseKind kind, String phrase, long addedBy, Instant addedAt) {
        this.kind = kind;
        this.phrase = phrase;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Phrase not saved yet");
        }
        return id;
    }

    public PhraseKind getKind() {
        return kind;
    }

    public String getPhrase() {
        return phrase;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
