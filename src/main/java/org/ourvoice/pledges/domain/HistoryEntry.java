package org.ourvoice.pledges.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change to a document, by a member of staff: never changed or deleted, so the history is whole. */
@Entity
@Table(name = "pledge_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "version_number")
    private @Nullable Integer versionNumber;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "by_id")
    private @Nullable Long byId;

    @Column(name = "by_name", length = 100)
    private @Nullable String byName;

    @Column(name = "what", nullable = false, length = 40)
    private String what;

    @Column(name = "detail", length = 1000)
    private @Nullable String detail;

    protected HistoryEntry() {
        this.happenedAt = Instant.EPOCH;
        this.what = "";
    }

    public HistoryEntry(long documentId, @Nullable Integer versionNumber, Instant happenedAt, long byId,
            String byName, String what, @Nullable String detail) {
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.happenedAt = happenedAt;
        this.byId = byId;
        this.byName = byName;
        this.what = what;
        this.detail = detail;
    }

    public long getDocumentId() {
        return documentId;
    }

    public @Nullable Integer getVersionNumber() {
        return versionNumber;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public @Nullable String getByName() {
        return byName;
    }

    public String getWhat() {
        return what;
    }

    public @Nullable String getDetail() {
        return detail;
    }
}
