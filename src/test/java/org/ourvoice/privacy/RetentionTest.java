package org.ourvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.support.Refusals.assertRefused;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.privacy.service.PendingDeletion;
import org.ourvoice.privacy.service.PrivacyService;
import org.ourvoice.privacy.service.RetentionReport;
import org.ourvoice.privacy.service.RetentionService;
import org.ourvoice.privacy.service.RetentionSettings;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retention rules on a real database: who is erased, who is kept and why, who is turned off. */
@PortalTest
class RetentionTest {

    @Autowired
    RetentionService retention;
    @Autowired
    PrivacyService privacy;
    @Autowired
    AccountRepository accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private long lastSeenLongAgo(String name) {
        long id = accounts.findByDisplayName(name).orElseThrow().requireId();
        jdbc.update("update account set last_sign_in_at = ?, created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(1100, ChronoUnit.DAYS)),
                Timestamp.from(Instant.now().minus(1200, ChronoUnit.DAYS)), id);
        return id;
    }

    @Test
    void longUnusedAccountsAreErasedUnlessRecordsMustBeKeptAndStaffAreTurnedOff() {
        String gone = testAccounts.create(Role.CARE_LEAVER);
        long goneId = lastSeenLongAgo(gone);
        String held = testAccounts.create(Role.YOUNG_PERSON);
        long heldId = lastSeenLongAgo(held);
        runAs.user(held, () -> privacy.requestDeletion(true));
        PendingDeletion request = runAs.user(DemoUsers.WORKER, () -> privacy.pending(0, 500)).stream()
                .filter(p -> p.accountId() == heldId).findFirst().orElseThrow();
        runAs.user(DemoUsers.WORKER, () -> privacy.hold(request.id(), request.version(), "open safeguarding record"));
        String recent = testAccounts.create(Role.YOUNG_PERSON);
        String idleBoard = testAccounts.create(Role.BOARD);
        long boardId = lastSeenLongAgo(idleBoard);

        RetentionReport report = runAs.user(DemoUsers.ADMIN, () -> retention.runNow());

        assertThat(report.erased()).isGreaterThanOrEqualTo(1);
        assertThat(report.kept()).isGreaterThanOrEqualTo(1);
        assertThat(report.staffDisabled()).isGreaterThanOrEqualTo(1);
        assertThat(accounts.findByDisplayName(gone)).isEmpty();
        assertThat(accounts.findById(goneId).orElseThrow().getDisplayName()).startsWith("Erased ");
        assertThat(accounts.findByDisplayName(held)).isPresent();
        assertThat(accounts.findByDisplayName(recent)).isPresent();
        assertThat(accounts.findById(boardId).orElseThrow().isEnabled()).isFalse();
        assertThat(runAs.user(DemoUsers.ADMIN, () -> retention.reports(0, 1)).getFirst().erased())
                .isEqualTo(report.erased());
    }

    @Test
    void settingsAreCheckedAndConcurrentChangesConflict() {
        RetentionSettings seen = runAs.user(DemoUsers.ADMIN, () -> retention.settings());
        assertRefused(() -> runAs.user(DemoUsers.ADMIN, () -> retention.change(new RetentionSettings(0,
                seen.staffInactiveMonths(), true, seen.version()))), "retention.months");
        runAs.user(DemoUsers.ADMIN, () -> retention.change(new RetentionSettings(36, seen.staffInactiveMonths(),
                true, seen.version())));
        assertRefused(() -> runAs.user(DemoUsers.ADMIN, () -> retention.change(new RetentionSettings(12,
                seen.staffInactiveMonths(), true, seen.version()))), "form.conflict");
        RetentionSettings now = runAs.user(DemoUsers.ADMIN, () -> retention.settings());
        assertThat(now.youngInactiveMonths()).isEqualTo(36);
        runAs.user(DemoUsers.ADMIN, () -> retention.change(new RetentionSettings(seen.youngInactiveMonths(),
                seen.staffInactiveMonths(), true, now.version())));
    }
}
