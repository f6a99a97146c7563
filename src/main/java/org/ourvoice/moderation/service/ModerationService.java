package org.ourvoice.moderation.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.moderation.domain.SafeguardingConcernRepository;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.notifications.service.NotificationService.Delivery;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionModeration;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.QueueFilter;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation workers' queue: every view waits here until a worker approves it (as written
 * or as a redacted copy), keeps it back with a kind reason, or changes its themes. The young
 * person is told when its status changes; every decision goes to the audit trail.
 */
@Service
public class ModerationService {

    public static final int MAX_REASON = 500;

    private final ContributionModeration contributions;
    private final SafeguardingConcernRepository concerns;
    private final Screening screening;
    private final ThemeService themes;
    private final AccountDirectory directory;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ModerationService(ContributionModeration contributions, SafeguardingConcernRepository concerns,
            Screening screening, ThemeService themes, AccountDirectory directory, NotificationService notifications,
            AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.contributions = contributions;
        this.concerns = concerns;
        this.screening = screening;
        this.themes = themes;
        this.directory = directory;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Urgent first, then the longest waiting, one page at a time. */
    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter, int offset, int limit) {
        return contributions.waiting(filter, offset, limit);
    }

    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public long countQueue(QueueFilter filter) {
        return contributions.countWaiting(filter);
    }

    /** One view with what screening found and who wrote it. */
    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public ModerationDetail open(long contributionId) {
        QueueItem item = contributions.find(contributionId)
                .orElseThrow(() -> new UserFacingException("moderation.gone"));
        String author = item.authorId() == null ? ""
                : directory.profile(item.authorId()).map(Profile::displayName).orElse("");
        return new ModerationDetail(item, author, screening.screen(item.text()),
                concerns.countByContributionId(contributionId));
    }

    /**
     * Shares the view with the board. With {@code redacted} the board reads that copy instead;
     * the original is kept for workers only.
     */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public QueueItem approve(long contributionId, long expectedVersion, @Nullable String redacted,
            List<Long> themeIds) {
        String copy = redacted == null ? null : checked(redacted, ContributionService.MAX_TEXT);
        boolean view = contributions.find(contributionId).map(found -> found.about() == null).orElse(true);
        List<Long> chosen = view ? checkedThemes(themeIds) : List.of();
        QueueItem done = contributions.approve(contributionId, expectedVersion, currentUser.require().accountId(),
                copy == null || copy.isEmpty() ? null : copy, chosen, clock.instant());
        audit.record(AuditAction.VIEW_APPROVED, "view " + contributionId, copy == null || copy.isEmpty()
                ? "as written" : "redacted copy shared");
        tellAuthor(done, "voice.notice.approved");
        return done;
    }

    /** Keeps the view from the board with a reason the young person reads. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public QueueItem notShare(long contributionId, long expectedVersion, NotSharedReason kind,
            @Nullable String ownWords) {
        String words = ownWords == null ? "" : checked(ownWords, MAX_REASON);
        if (kind == NotSharedReason.OTHER && words.isEmpty()) {
            throw new UserFacingException("moderation.reasonNeeded");
        }
        QueueItem done = contributions.notShare(contributionId, expectedVersion, currentUser.require().accountId(),
                kind, words.isEmpty() ? null : words, clock.instant());
        audit.record(AuditAction.VIEW_NOT_SHARED, "view " + contributionId, kind.name());
        tellAuthor(done, "voice.notice.notShared");
        return done;
    }

    @RolesAllowed(Roles.WORKER)
    @Transactional
    public QueueItem changeThemes(long contributionId, long expectedVersion, List<Long> themeIds) {
        QueueItem done = contributions.changeThemes(contributionId, expectedVersion, checkedThemes(themeIds));
        audit.record(AuditAction.VIEW_THEMES_CHANGED, "view " + contributionId, null);
        return done;
    }

    private List<Long> checkedThemes(List<Long> themeIds) {
        List<Long> chosen = themeIds.stream().distinct().toList();
        if (chosen.isEmpty()) {
            throw new UserFacingException("moderation.themeNeeded");
        }
        if (!themes.allActive(chosen)) {
            throw new UserFacingException("moderation.themeGone");
        }
        return chosen;
    }

    private void tellAuthor(QueueItem item, String messageKey) {
        if (item.authorId() != null) {
            notifications.send(List.of(item.authorId()), Delivery.INBOX, false, messageKey, "my-say");
        }
    }

    static String checked(String text, int maxLength) {
        if (TextRules.hasControlCharacters(text)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String tidy = text.strip();
        if (TextRules.visibleLength(tidy) > maxLength) {
            throw new UserFacingException("form.tooLong", maxLength);
        }
        return tidy;
    }
}
