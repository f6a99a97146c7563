package org.ourvoice.voice.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;
import org.ourvoice.security.Role;

/**
 * A view a young person shared: their words, what it is about and how they feel. Nobody but a
 * participation worker sees it until a worker approves it; a worker may publish a redacted copy
 * while the original stays for workers only. The author's cohort, age band and county are kept
 * as they were when the view was written, for breakdowns that identify nobody.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "submission_key", nullable = false, length = 36)
    private String submissionKey;

    @PersonalData("who wrote the view")
    @Column(name = "author_id")
    private @Nullable Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, length = 20)
    private Role authorRole;

    @Column(name = "age_band", length = 20)
    private @Nullable String ageBand;

    @Column(name = "lives_in_county")
    private @Nullable Boolean livesInCounty;

    @PersonalData("the young person's own words")
    @Column(name = "text", nullable = false, columnDefinition = "TEXT")
    private String text;

    @PersonalData("the words shared with the board, with personal details taken out")
    @Column(name = "published_text", columnDefinition = "TEXT")
    private @Nullable String publishedText;

    /** How the young person feels; writing about something else has no feeling of its own. */
    @Enumerated(EnumType.STRING)
    @Column(name = "mood", length = 20)
    private @Nullable Mood mood;

    /** What the writing answers (a name of voice's WrittenAbout), or none for a view of its own. */
    @Column(name = "about", length = 30)
    private @Nullable String about;

    @Column(name = "about_id")
    private @Nullable Long aboutId;

    @Column(name = "show_name", nullable = false)
    private boolean showName;

    @Column(name = "wants_to_talk", nullable = false)
    private boolean wantsToTalk;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "personal_info", nullable = false)
    private boolean personalInfo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ContributionStatus status = ContributionStatus.WAITING;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_kind", length = 30)
    private @Nullable NotSharedReason reasonKind;

    @Column(name = "reason", length = 500)
    private @Nullable String reason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The month (in UK time) the view was sent, which the board's figures count by. */
    @Column(name = "submitted_month", nullable = false)
    private LocalDate submittedMonth;

    @Column(name = "quote", nullable = false)
    private boolean quote;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "contribution_theme", joinColumns = @JoinColumn(name = "contribution_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new LinkedHashSet<>();

    protected Contribution() {
        this.submissionKey = "";
        this.authorRole = Role.YOUNG_PERSON;
        this.text = "";
        this.mood = Mood.OK;
        this.submittedAt = Instant.EPOCH;
        this.submittedMonth = LocalDate.EPOCH;
    }

    public Contribution(String submissionKey, long authorId, Role authorRole, @Nullable String ageBand,
            @Nullable Boolean livesInCounty, String text, Collection<Long> themeIds, Mood mood, boolean showName,
            boolean wantsToTalk, Instant submittedAt) {
        if (!authorRole.isYoung()) {
            throw new IllegalArgumentException("Only young people share views");
        }
        if (themeIds.isEmpty()) {
            throw new IllegalArgumentException("A view is about at least one theme");
        }
        this.submissionKey = submissionKey;
        this.authorId = authorId;
        this.authorRole = authorRole;
        this.ageBand = ageBand;
        this.livesInCounty = livesInCounty;
        this.text = text;
        this.themeIds = new LinkedHashSet<>(themeIds);
        this.mood = mood;
        this.showName = showName;
        this.wantsToTalk = wantsToTalk;
        this.submittedAt = submittedAt;
        this.submittedMonth = monthOf(submittedAt);
    }

    /**
     * Writing that answers something else: a response, a pledge, an event. It is screened and
     * moderated like a view but has no themes or feeling and is never one of the board's views.
     */
    public static Contribution about(String about, long aboutId, String submissionKey, long authorId, Role authorRole,
            @Nullable String ageBand, @Nullable Boolean livesInCounty, String text, boolean showName,
            Instant submittedAt) {
        if (!authorRole.isYoung()) {
            throw new IllegalArgumentException("Only young people write here");
        }
        Contribution writing = new Contribution();
        writing.submissionKey = submissionKey;
        writing.authorId = authorId;
        writing.authorRole = authorRole;
        writing.ageBand = ageBand;
        writing.livesInCounty = livesInCounty;
        writing.text = text;
        writing.mood = null;
        writing.about = about;
        writing.aboutId = aboutId;
        writing.showName = showName;
        writing.submittedAt = submittedAt;
        writing.submittedMonth = monthOf(submittedAt);
        return writing;
    }

    /** A view of its own, rather than writing about something else. */
    public boolean isView() {
        return about == null;
    }

    /** The first day of the month the instant falls in, in UK time. */
    public static LocalDate monthOf(Instant instant) {
        return instant.atZone(UK).toLocalDate().withDayOfMonth(1);
    }

    /** Marks an approved view as one the board should read as a quote, or not any more. */
    public void chooseAsQuote(boolean chosen) {
        if (status != ContributionStatus.APPROVED) {
            throw new IllegalStateException("Only shared views can be quotes");
        }
        this.quote = chosen;
    }

    /** What screening found; it routes the view and is never shown to the young person. */
    public void flag(boolean urgentConcern, boolean personalDetails) {
        this.urgent = this.urgent || urgentConcern;
        this.personalInfo = this.personalInfo || personalDetails;
    }

    /** Shares the view with the board, as written or as the redacted copy the worker wrote. */
    public void approve(long workerId, @Nullable String redacted, Instant when) {
        requireWaiting();
        this.status = ContributionStatus.APPROVED;
        this.publishedText = redacted;
        this.decidedBy = workerId;
        this.decidedAt = when;
    }

    /** Keeps the view from the board, with a kind reason the young person will read. */
    public void notShare(long workerId, NotSharedReason kind, @Nullable String ownWords, Instant when) {
        requireWaiting();
        if (kind == NotSharedReason.OTHER && (ownWords == null || ownWords.isBlank())) {
            throw new IllegalArgumentException("A reason of the worker's own needs words");
        }
        this.status = ContributionStatus.NOT_SHARED;
        this.reasonKind = kind;
        this.reason = ownWords;
        this.decidedBy = workerId;
        this.decidedAt = when;
    }

    public void changeThemes(Collection<Long> newThemeIds) {
        if (newThemeIds.isEmpty() && isView()) {
            throw new IllegalArgumentException("A view is about at least one theme");
        }
        this.themeIds.clear();
        this.themeIds.addAll(newThemeIds);
    }

    /** Erasure: the words stay for the board's figures, with nothing that points at the person. */
    public void anonymise() {
        this.authorId = null;
        this.showName = false;
    }

    private void requireWaiting() {
        if (status != ContributionStatus.WAITING) {
            throw new IllegalStateException("Already decided");
        }
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Contribution not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public @Nullable Long getAuthorId() {
        return authorId;
    }

    public Role getAuthorRole() {
        return authorRole;
    }

    public @Nullable String getAgeBand() {
        return ageBand;
    }

    public @Nullable Boolean getLivesInCounty() {
        return livesInCounty;
    }

    public String getText() {
        return text;
    }

    public @Nullable String getPublishedText() {
        return publishedText;
    }

    /** What the board may read: the redacted copy where there is one, otherwise the words as written. */
    public String sharedText() {
        return publishedText != null ? publishedText : text;
    }

    public @Nullable Mood getMood() {
        return mood;
    }

    public @Nullable String getAbout() {
        return about;
    }

    public @Nullable Long getAboutId() {
        return aboutId;
    }

    public boolean isShowName() {
        return showName;
    }

    public boolean isWantsToTalk() {
        return wantsToTalk;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isPersonalInfo() {
        return personalInfo;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public @Nullable NotSharedReason getReasonKind() {
        return reasonKind;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getSubmittedMonth() {
        return submittedMonth;
    }

    public boolean isQuote() {
        return quote;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable Long getDecidedBy() {
        return decidedBy;
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }
}
