package org.ourvoice.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A dated note of progress on an action, never changed once written. */
@Entity
@Table(name = "board_action_update")
public class ActionUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Column(name = "written_by", nullable = false, length = 120)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ActionUpdate() {
        this.text = "";
        this.writtenBy = "";
        this.writtenAt = Instant.EPOCH;
    }

    public ActionUpdate(long actionId, String text, String writtenBy, Instant writtenAt) {
        this.actionId = actionId;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public long getActionId() {
        return actionId;
    }

    public String getText() {
        return text;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
