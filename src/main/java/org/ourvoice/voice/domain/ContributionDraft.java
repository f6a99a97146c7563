package org.ourvoice.voice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.PersonalData;

/**
 * What a young person has typed but not yet sent, kept as they type so that a reload, a timed-out
 * session or a failed save never loses it. One per account; sending the view removes it.
 */
@Entity
@Table(name = "contribution_draft")
public class ContributionDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @PersonalData("whose unsent draft this is")
    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "submission_key", nullable = false, length = 36)
    private String submissionKey;

    @PersonalData("words the young person has not sent yet")
    @Column(name = "text", nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "theme_ids", nullable = false, length = 500)
    private String themeIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "mood", length = 20)
    private @Nullable Mood mood;

    @Column(name = "show_name", nullable = false)
    private boolean showName;

    @Column(name = "wants_to_talk", nullable = false)
    private boolean wantsToTalk;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContributionDraft() {
        this.submissionKey = "";
        this.text = "";
        this.themeIds = "";
        this.updatedAt = Instant.EPOCH;
    }

    public ContributionDraft(long accountId, String submissionKey) {
        this();
        this.accountId = accountId;
        this.submissionKey = submissionKey;
    }

    public void update(String newText, Collection<Long> newThemeIds, @Nullable Mood newMood, boolean newShowName,
            boolean newWantsToTalk, Instant when) {
        this.text = newText;
        this.themeIds = newThemeIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.mood = newMood;
        this.showName = newShowName;
        this.wantsToTalk = newWantsToTalk;
        this.updatedAt = when;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public String getText() {
        return text;
    }

    public List<Long> getThemeIds() {
        return themeIds.isBlank() ? List.of()
                : Arrays.stream(themeIds.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    public @Nullable Mood getMood() {
        return mood;
    }

    public boolean isShowName() {
        return showName;
    }

    public boolean isWantsToTalk() {
        return wantsToTalk;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
