package org.ourvoice.themes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The record that one theme was merged into another: its views moved over, the old theme kept, retired. */
@Entity
@Table(name = "theme_merge")
public class ThemeMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "from_theme_id", nullable = false)
    private long fromThemeId;

    @Column(name = "into_theme_id", nullable = false)
    private long intoThemeId;

    @Column(name = "merged_by", nullable = false)
    private long mergedBy;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    protected ThemeMerge() {
        this.mergedAt = Instant.EPOCH;
    }

    public ThemeMerge(long fromThemeId, long intoThemeId, long mergedBy, Instant mergedAt) {
        this.fromThemeId = fromThemeId;
        this.intoThemeId = intoThemeId;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
    }

    public long getFromThemeId() {
        return fromThemeId;
    }

    public long getIntoThemeId() {
        return intoThemeId;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }
}
