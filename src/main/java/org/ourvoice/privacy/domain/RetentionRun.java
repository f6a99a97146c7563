package org.ourvoice.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The report of one retention run: what it erased, kept and turned off. No names. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(name = "erased", nullable = false)
    private int erased;

    @Column(name = "kept", nullable = false)
    private int kept;

    @Column(name = "staff_disabled", nullable = false)
    private int staffDisabled;

    protected RetentionRun() {
        this.ranAt = Instant.EPOCH;
    }

    public RetentionRun(Instant ranAt, int erased, int kept, int staffDisabled) {
        this.ranAt = ranAt;
        this.erased = erased;
        this.kept = kept;
        this.staffDisabled = staffDisabled;
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public int getErased() {
        return erased;
    }

    public int getKept() {
        return kept;
    }

    public int getStaffDisabled() {
        return staffDisabled;
    }
}
