package org.ourvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditFilter;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Administrators export the audit trail as CSV, filtered; the export is itself audited; nobody else may. */
@PortalTest
class AuditExportTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    RunAs runAs;
    @Autowired
    TestAccounts testAccounts;

    @Test
    void anAdministratorExportsTheFilteredTrailAndTheExportIsRecorded() {
        testAccounts.create(Role.YOUNG_PERSON);
        String csv = runAs.user(DemoUsers.ADMIN,
                () -> audit.exportCsv(new AuditFilter(AuditAction.SIGNED_UP, null, null)));
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\"when (UTC)\",\"who\",\"action\",\"about\",\"detail\"");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines[1]).contains("\"SIGNED_UP\"");
        assertThat(runAs.user(DemoUsers.ADMIN, () -> audit.find(new AuditFilter(AuditAction.AUDIT_EXPORTED, null,
                null), 0, 1)).getFirst().detail()).isEqualTo("SIGNED_UP");
    }

    @Test
    void workersCannotExportIt() {
        assertThatThrownBy(() -> runAs.user(DemoUsers.WORKER, () -> audit.exportCsv(AuditFilter.any())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
