package org.ourvoice.board.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * What the board decided at a meeting and why, traced to the themes and shared views it answers.
 * A decision answers at least one theme or view, so every decision leads back to what was said.
 */
@Entity
@Table(name = "board_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "reason", nullable = false, columnDefinition = "TEXT")
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "board_decision_theme", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "board_decision_view", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "contribution_id")
    private Set<Long> viewIds = new LinkedHashSet<>();

    protected Decision() {
        this.title = "";
        this.reason = "";
        this.recordedAt = Instant.EPOCH;
    }

    public Decision(long meetingId, String title, String reason, Collection<Long> themeIds, Collection<Long> viewIds,
            long recordedBy, Instant recordedAt) {
        this.meetingId = meetingId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.title = "";
        this.reason = "";
        change(meetingId, title, reason, themeIds, viewIds);
    }

    public final void change(long newMeetingId, String newTitle, String newReason, Collection<Long> newThemeIds,
            Collection<Long> newViewIds) {
        if (newThemeIds.isEmpty() && newViewIds.isEmpty()) {
            throw new IllegalArgumentException("A decision answers a theme or a view");
        }
        this.meetingId = newMeetingId;
        this.title = newTitle;
        this.reason = newReason;
        this.themeIds = new LinkedHashSet<>(newThemeIds);
        this.viewIds = new LinkedHashSet<>(newViewIds);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Decision not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public Set<Long> getViewIds() {
        return Set.copyOf(viewIds);
    }
}
