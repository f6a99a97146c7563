package org.ourvoice.moderation.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.moderation.domain.SafeguardingConcern;
import org.ourvoice.moderation.domain.SafeguardingConcernRepository;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.voice.service.ContributionModeration;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding concerns raised from young people's views. Only participation workers see them,
 * and every time one is opened, raised, changed or closed the audit trail says who and when.
 */
@Service
public class SafeguardingService {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_WHO_TOLD = 1000;

    private final SafeguardingConcernRepository concerns;
    private final ContributionModeration contributions;
    private final AccountDirectory directory;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    SafeguardingService(SafeguardingConcernRepository concerns, ContributionModeration contributions,
            AccountDirectory directory, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.concerns = concerns;
        this.contributions = contributions;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a concern about the young person who wrote the view. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public long raise(long contributionId, ConcernForm form) {
        QueueItem view = contributions.find(contributionId)
                .orElseThrow(() -> new UserFacingException("moderation.gone"));
        Checked checked = check(form, false);
        SafeguardingConcern concern = concerns.save(new SafeguardingConcern(contributionId, view.authorId(),
                checked.seen(), checked.whoTold(), checked.actionTaken(), currentUser.require().accountId(),
                clock.instant()));
        audit.record(AuditAction.CONCERN_RAISED, "concern " + concern.requireId(), "view " + contributionId);
        return concern.requireId();
    }

    /** Open concerns first, then the newest. Every page read is audited too: it names young people. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public List<ConcernSummary> list(boolean openOnly, int offset, int limit) {
        int size = Math.max(1, limit);
        Map<Long, String> names = new HashMap<>();
        List<ConcernSummary> page = concerns.list(openOnly, PageRequest.of(offset / size, size)).stream()
                .map(c -> new ConcernSummary(c.requireId(), c.getContributionId(), name(c.getAccountId(), names),
                        name(c.getRaisedBy(), names), c.getRaisedAt(), c.getClosedAt()))
                .toList();
        if (!page.isEmpty()) {
            audit.record(AuditAction.CONCERNS_LISTED, null, (openOnly ? "open only" : "all") + ", from " + offset);
        }
        return page;
    }

    @RolesAllowed(Roles.WORKER)
    @Transactional(readOnly = true)
    public long count(boolean openOnly) {
        return concerns.count(openOnly);
    }

    /** One concern in full; the reading is written to the audit trail. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public ConcernDetail read(long concernId) {
        SafeguardingConcern concern = concerns.findById(concernId)
                .orElseThrow(() -> new UserFacingException("safeguarding.gone"));
        audit.record(AuditAction.CONCERN_READ, "concern " + concernId, null);
        return detail(concern);
    }

    @RolesAllowed(Roles.WORKER)
    @Transactional
    public ConcernDetail update(long concernId, long expectedVersion, ConcernForm form) {
        SafeguardingConcern concern = current(concernId, expectedVersion);
        Checked checked = check(form, false);
        concern.update(checked.seen(), checked.whoTold(), checked.actionTaken(), checked.outcome(), clock.instant());
        flush();
        audit.record(AuditAction.CONCERN_UPDATED, "concern " + concernId, null);
        return detail(concern);
    }

    /** Closes the concern with its outcome, which is required. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public ConcernDetail close(long concernId, long expectedVersion, ConcernForm form) {
        SafeguardingConcern concern = current(concernId, expectedVersion);
        Checked checked = check(form, true);
        concern.update(checked.seen(), checked.whoTold(), checked.actionTaken(), checked.outcome(), clock.instant());
        concern.close(checked.outcome() == null ? "" : checked.outcome(), clock.instant());
        flush();
        audit.record(AuditAction.CONCERN_CLOSED, "concern " + concernId, null);
        return detail(concern);
    }

    private SafeguardingConcern current(long concernId, long expectedVersion) {
        SafeguardingConcern concern = concerns.findById(concernId)
                .orElseThrow(() -> new UserFacingException("safeguarding.gone"));
        if (!concern.isOpen()) {
            throw new UserFacingException("safeguarding.closed");
        }
        if (concern.getVersion() != expectedVersion) {
            throw new UserFacingException("form.conflict");
        }
        return concern;
    }

    private void flush() {
        try {
            concerns.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("form.conflict");
        }
    }

    private record Checked(String seen, String whoTold, String actionTaken, @Nullable String outcome) {
    }

    private static Checked check(ConcernForm form, boolean closing) {
        String seen = ModerationService.checked(form.seen(), MAX_TEXT);
        String whoTold = ModerationService.checked(form.whoTold(), MAX_WHO_TOLD);
        String action = ModerationService.checked(form.actionTaken(), MAX_TEXT);
        String outcome = form.outcome() == null ? "" : ModerationService.checked(form.outcome(), MAX_TEXT);
        if (seen.isEmpty()) {
            throw new UserFacingException("safeguarding.seenNeeded");
        }
        if (whoTold.isEmpty()) {
            throw new UserFacingException("safeguarding.whoToldNeeded");
        }
        if (action.isEmpty()) {
            throw new UserFacingException("safeguarding.actionNeeded");
        }
        if (closing && outcome.isEmpty()) {
            throw new UserFacingException("safeguarding.outcomeNeeded");
        }
        return new Checked(seen, whoTold, action, outcome.isEmpty() ? null : outcome);
    }

    private ConcernDetail detail(SafeguardingConcern c) {
        Map<Long, String> names = new HashMap<>();
        return new ConcernDetail(c.requireId(), c.getVersion(), c.getContributionId(), name(c.getAccountId(), names),
                c.getSeen(), c.getWhoTold(), c.getActionTaken(), c.getOutcome(), name(c.getRaisedBy(), names),
                c.getRaisedAt(), c.getUpdatedAt(), c.getClosedAt());
    }

    private String name(@Nullable Long accountId, Map<Long, String> names) {
        if (accountId == null) {
            return "";
        }
        return names.computeIfAbsent(accountId, id -> directory.profile(id).map(Profile::displayName).orElse(""));
    }
}
