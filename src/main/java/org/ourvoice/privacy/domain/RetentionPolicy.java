package org.ourvoice.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How long the portal keeps accounts nobody uses: one row, set by an administrator. */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    public static final long ONLY_ID = 1L;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    @Id
    private Long id = ONLY_ID;

    @Version
    private long version;

    @Column(name = "young_inactive_months", nullable = false)
    private int youngInactiveMonths;

    @Column(name = "staff_inactive_months", nullable = false)
    private int staffInactiveMonths;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected RetentionPolicy() {
    }

    public void change(int youngMonths, int staffMonths, boolean isActive) {
        if (youngMonths < MIN_MONTHS || youngMonths > MAX_MONTHS || staffMonths < MIN_MONTHS
                || staffMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("months out of range");
        }
        this.youngInactiveMonths = youngMonths;
        this.staffInactiveMonths = staffMonths;
        this.active = isActive;
    }

    public long getVersion() {
        return version;
    }

    public int getYoungInactiveMonths() {
        return youngInactiveMonths;
    }

    public int getStaffInactiveMonths() {
        return staffInactiveMonths;
    }

    public boolean isActive() {
        return active;
    }
}
