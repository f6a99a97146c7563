package org.ourvoice.privacy.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ourvoice.accounts.service.AccountRetention;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.RetentionHold;
import org.ourvoice.privacy.domain.RetentionPolicy;
import org.ourvoice.privacy.domain.RetentionPolicyRepository;
import org.ourvoice.privacy.domain.RetentionRun;
import org.ourvoice.privacy.domain.RetentionRunRepository;
import org.ourvoice.ui.DisplayFormats;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, applies the retention policy: young people's accounts unused for the set period are
 * erased (their words kept without their name, as the council's record of participation) unless a
 * feature must keep them; staff accounts unused for their period are turned off. One node runs it.
 */
@Component
class RetentionJob {

    private final RetentionPolicyRepository policies;
    private final RetentionRunRepository runs;
    private final AccountRetention accounts;
    private final List<RetentionHold> holds;
    private final Erasure erasure;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionJob(RetentionPolicyRepository policies, RetentionRunRepository runs, AccountRetention accounts,
            List<RetentionHold> holds, Erasure erasure, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.runs = runs;
        this.accounts = accounts;
        this.holds = holds;
        this.erasure = erasure;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Held for at least five minutes, so nodes whose clocks differ a little do not run it twice. The time
     * can be moved with {@code ourvoice.retention.cron} (the two-node check runs it every few seconds).
     */
    @Scheduled(cron = "${ourvoice.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    @Transactional
    public void nightly() {
        apply();
    }

    @Transactional
    public RetentionRun apply() {
        RetentionPolicy policy = policies.findById(RetentionPolicy.ONLY_ID).orElseThrow();
        Instant now = clock.instant();
        if (!policy.isActive()) {
            return runs.save(new RetentionRun(now, 0, 0, 0));
        }
        ZonedDateTime today = now.atZone(DisplayFormats.UK);
        Instant youngCutoff = today.minusMonths(policy.getYoungInactiveMonths()).toInstant();
        Instant staffCutoff = today.minusMonths(policy.getStaffInactiveMonths()).toInstant();
        int erased = 0;
        int kept = 0;
        for (long accountId : accounts.youngPeopleInactiveSince(youngCutoff)) {
            if (holds.stream().anyMatch(hold -> hold.mustKeep(accountId))) {
                kept++;
                continue;
            }
            erasure.erase(accountId, true);
            audit.recordFor(null, null, AuditAction.ACCOUNT_ERASED, "account " + accountId, "retention");
            erased++;
        }
        int disabled = accounts.disableStaffInactiveSince(staffCutoff);
        return runs.save(new RetentionRun(now, erased, kept, disabled));
    }
}
