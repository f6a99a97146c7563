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

/** A co-produced document (the Pledge, the Local Offer, another); its words live in its versions. */
@Entity
@Table(name = "pledge_document")
public class PledgeDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private @Nullable Long createdBy;

    protected PledgeDocument() {
        this.kind = DocumentKind.OTHER;
        this.title = "";
        this.createdAt = Instant.EPOCH;
    }

    public PledgeDocument(DocumentKind kind, String title, long createdBy, Instant createdAt) {
        this.kind = kind;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Document not saved yet");
        }
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
