package org.ourvoice.privacy.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.privacy.domain.RetentionPolicy;
import org.ourvoice.privacy.domain.RetentionPolicyRepository;
import org.ourvoice.privacy.domain.RetentionRun;
import org.ourvoice.privacy.domain.RetentionRunRepository;
import org.ourvoice.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators set how long unused accounts are kept, read what each run did, and can run it now. */
@Service
public class RetentionService {

    private final RetentionPolicyRepository policies;
    private final RetentionRunRepository runs;
    private final RetentionJob job;
    private final AuditTrail audit;

    RetentionService(RetentionPolicyRepository policies, RetentionRunRepository runs, RetentionJob job,
            AuditTrail audit) {
        this.policies = policies;
        this.runs = runs;
        this.job = job;
        this.audit = audit;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public RetentionSettings settings() {
        RetentionPolicy policy = policies.findById(RetentionPolicy.ONLY_ID).orElseThrow();
        return new RetentionSettings(policy.getYoungInactiveMonths(), policy.getStaffInactiveMonths(),
                policy.isActive(), policy.getVersion());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void change(RetentionSettings settings) {
        RetentionPolicy policy = policies.findById(RetentionPolicy.ONLY_ID).orElseThrow();
        if (policy.getVersion() != settings.version()) {
            throw new UserFacingException("form.conflict");
        }
        try {
            policy.change(settings.youngInactiveMonths(), settings.staffInactiveMonths(), settings.active());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("retention.months", RetentionPolicy.MIN_MONTHS, RetentionPolicy.MAX_MONTHS);
        }
        try {
            policies.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("form.conflict");
        }
        audit.record(AuditAction.RETENTION_CHANGED, "retention policy", settings.youngInactiveMonths() + " / "
                + settings.staffInactiveMonths() + " months, " + (settings.active() ? "on" : "off"));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<RetentionReport> reports(int offset, int limit) {
        int size = Math.max(1, limit);
        return runs.findAllByOrderByRanAtDesc(PageRequest.of(offset / size, size)).stream()
                .map(RetentionService::report).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long countReports() {
        return runs.count();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public RetentionReport runNow() {
        return report(job.apply());
    }

    private static RetentionReport report(RetentionRun run) {
        return new RetentionReport(run.getRanAt(), run.getErased(), run.getKept(), run.getStaffDisabled());
    }
}
