package org.ourvoice.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * How many young people the council looks after in a cohort (for example 699 children in care,
 * 350 care leavers): the number engagement is a share of. The council keeps it up to date.
 */
@Entity
@Table(name = "cohort_size")
public class CohortSize {

    /** The cohort: the role young people in it have ({@code YOUNG_PERSON} or {@code CARE_LEAVER}). */
    @Id
    @Column(name = "cohort", length = 20)
    private String cohort;

    @Version
    private long version;

    @Column(name = "size", nullable = false)
    private int size;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CohortSize() {
        this.cohort = "";
        this.changedAt = Instant.EPOCH;
    }

    public CohortSize(String cohort, int size, Instant changedAt) {
        this.cohort = cohort;
        this.size = size;
        this.changedAt = changedAt;
    }

    public void change(int newSize, Instant now) {
        if (newSize < 0) {
            throw new IllegalArgumentException("A cohort has no fewer than nobody in it");
        }
        this.size = newSize;
        this.changedAt = now;
    }

    public String getCohort() {
        return cohort;
    }

    public long getVersion() {
        return version;
    }

    public int getSize() {
        return size;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
