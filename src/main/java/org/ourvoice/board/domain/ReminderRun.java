package org.ourvoice.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One run of the weekly reminder to action owners: when, and how many actions and owners it covered. */
@Entity
@Table(name = "board_reminder_run")
public class ReminderRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(name = "actions", nullable = false)
    private int actions;

    @Column(name = "owners", nullable = false)
    private int owners;

    protected ReminderRun() {
        this.ranAt = Instant.EPOCH;
    }

    public ReminderRun(Instant ranAt, int actions, int owners) {
        this.ranAt = ranAt;
        this.actions = actions;
        this.owners = owners;
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public int getActions() {
        return actions;
    }

    public int getOwners() {
        return owners;
    }
}
