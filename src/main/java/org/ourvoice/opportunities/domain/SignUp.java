package org.ourvoice.opportunities.domain;

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
import org.ourvoice.common.PersonalData;

/**
 * A young person's place, or place in the queue, for an opportunity, with the support they need to
 * come and, afterwards, whether they came. The waiting list is served in the order people joined it.
 */
@Entity
@Table(name = "opportunity_sign_up")
public class SignUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "opportunity_id", nullable = false)
    private long opportunityId;

    @PersonalData("who signed up")
    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SignUpStatus status;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @PersonalData("support needed to come: transport")
    @Column(name = "needs_transport", nullable = false)
    private boolean needsTransport;

    @PersonalData("support needed to come: an interpreter")
    @Column(name = "needs_interpreter", nullable = false)
    private boolean needsInterpreter;

    @PersonalData("the language an interpreter should speak")
    @Column(name = "interpreter_language", length = 60)
    private @Nullable String interpreterLanguage;

    @PersonalData("support needed to come: someone to come with them")
    @Column(name = "needs_companion", nullable = false)
    private boolean needsCompanion;

    @PersonalData("access needs in the young person's words")
    @Column(name = "access_needs", length = 500)
    private @Nullable String accessNeeds;

    @Column(name = "attended")
    private @Nullable Boolean attended;

    @Column(name = "attendance_recorded_at")
    private @Nullable Instant attendanceRecordedAt;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    @Column(name = "feedback_id")
    private @Nullable Long feedbackId;

    protected SignUp() {
        this.status = SignUpStatus.CANCELLED;
        this.queuedAt = Instant.EPOCH;
    }

    public SignUp(long opportunityId, long accountId, SignUpStatus status, SupportNeeds needs, Instant now) {
        this.opportunityId = opportunityId;
        this.accountId = accountId;
        this.status = status;
        this.queuedAt = now;
        changeNeeds(needs);
    }

    /** Signing up again after cancelling: back of the queue, with the support needs given now. */
    public void signUpAgain(SignUpStatus newStatus, SupportNeeds needs, Instant now) {
        if (status != SignUpStatus.CANCELLED) {
            throw new IllegalStateException("Already signed up");
        }
        this.status = newStatus;
        this.queuedAt = now;
        this.remindedAt = null;
        changeNeeds(needs);
    }

    public void changeNeeds(SupportNeeds needs) {
        this.needsTransport = needs.transport();
        this.needsInterpreter = needs.interpreter();
        this.interpreterLanguage = needs.interpreter() ? needs.interpreterLanguage() : null;
        this.needsCompanion = needs.companion();
        this.accessNeeds = needs.accessNeeds();
    }

    public SupportNeeds needs() {
        return new SupportNeeds(needsTransport, needsInterpreter, interpreterLanguage, needsCompanion, accessNeeds);
    }

    public void cancel() {
        this.status = SignUpStatus.CANCELLED;
    }

    /** A place came free and this person was next on the waiting list. */
    public void givePlace() {
        if (status != SignUpStatus.WAITING) {
            throw new IllegalStateException("Only someone waiting is given a place");
        }
        this.status = SignUpStatus.PLACE;
    }

    public void recordAttendance(boolean came, Instant now) {
        if (status != SignUpStatus.PLACE) {
            throw new IllegalStateException("Only someone with a place attends");
        }
        this.attended = came;
        this.attendanceRecordedAt = now;
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
    }

    public void feedbackGiven(long contributionId) {
        this.feedbackId = contributionId;
    }

    public boolean isActive() {
        return status != SignUpStatus.CANCELLED;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Sign-up not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOpportunityId() {
        return opportunityId;
    }

    public long getAccountId() {
        return accountId;
    }

    public SignUpStatus getStatus() {
        return status;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public @Nullable Boolean getAttended() {
        return attended;
    }

    public @Nullable Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public @Nullable Instant getRemindedAt() {
        return remindedAt;
    }

    public @Nullable Long getFeedbackId() {
        return feedbackId;
    }
}
