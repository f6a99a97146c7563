package org.ourvoice.board.domain;

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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something a named owner will do under a decision, by a due date. An action always has an owner
 * and a due date; it is overdue while open after that date; "not possible" needs an explanation
 * young people can read.
 */
@Entity
@Table(name = "board_action")
public class BoardAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "owner_name", nullable = false, length = 120)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    @Column(name = "explanation", length = 1000)
    private @Nullable String explanation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected BoardAction() {
        this.title = "";
        this.ownerName = "";
        this.dueOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public BoardAction(long decisionId, String title, long ownerId, String ownerName, LocalDate dueOn,
            Instant createdAt) {
        this.decisionId = decisionId;
        this.title = title;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
    }

    public void change(String newTitle, long newOwnerId, String newOwnerName, LocalDate newDueOn) {
        this.title = newTitle;
        this.ownerId = newOwnerId;
        this.ownerName = newOwnerName;
        this.dueOn = newDueOn;
    }

    /** Moves the action on; "not possible" without an explanation is refused. */
    public void changeStatus(ActionStatus newStatus, @Nullable String newExplanation, Instant when) {
        if (newStatus == ActionStatus.NOT_POSSIBLE && (newExplanation == null || newExplanation.isBlank())) {
            throw new IllegalArgumentException("Not possible needs an explanation");
        }
        this.status = newStatus;
        this.explanation = newStatus == ActionStatus.NOT_POSSIBLE ? newExplanation : null;
        this.closedAt = newStatus.isOpen() ? null : when;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Action not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public String getTitle() {
        return title;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public @Nullable String getExplanation() {
        return explanation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }
}
