package org.ourvoice.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.support.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.AccountSummary;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditFilter;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Turning accounts off and on, changing roles and passwords: who may, and what is recorded. */
@PortalTest
class AccountManagementTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    AuditTrail audit;
    @Autowired
    RunAs runAs;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    private AccountSummary find(String asWho, String name) {
        return runAs.user(asWho, () -> accounts.search(name, 0, 5)).getFirst();
    }

    @Test
    void aWorkerTurnsAYoungPersonOffAndOnAndBothAreAudited() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        AccountSummary before = find(DemoUsers.WORKER, young);
        assertThat(before.enabled()).isTrue();

        runAs.user(DemoUsers.WORKER, () -> accounts.setEnabled(before.id(), false, before.version()));
        AccountSummary off = find(DemoUsers.WORKER, young);
        assertThat(off.enabled()).isFalse();
        runAs.user(DemoUsers.WORKER, () -> accounts.setEnabled(off.id(), true, off.version()));
        assertThat(find(DemoUsers.WORKER, young).enabled()).isTrue();

        long disabledLines = runAs.user(DemoUsers.ADMIN,
                () -> audit.count(new AuditFilter(AuditAction.ACCOUNT_DISABLED, null, null)));
        assertThat(disabledLines).isPositive();
    }

    @Test
    void aStaleVersionGetsAConflictMessageAndChangesNothing() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        AccountSummary seen = find(DemoUsers.WORKER, young);
        runAs.user(DemoUsers.WORKER, () -> accounts.setEnabled(seen.id(), false, seen.version()));

        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> accounts.setEnabled(seen.id(), true, seen.version())),
                "form.conflict");
        assertThat(find(DemoUsers.WORKER, young).enabled()).isFalse();
    }

    @Test
    void workersSeeOnlyYoungPeoplesAccountsAndCannotTouchStaff() {
        String staff = testAccounts.create(Role.BOARD);
        assertThat(runAs.user(DemoUsers.WORKER, () -> accounts.search(staff, 0, 5))).isEmpty();
        AccountSummary board = find(DemoUsers.ADMIN, staff);
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> accounts.setEnabled(board.id(), false,
                board.version())), "account.roleNotAllowed");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> accounts.changeRole(board.id(), Role.YOUNG_PERSON,
                board.version())), "account.roleNotAllowed");
    }

    @Test
    void aYoungPersonMovesToCareLeaverAndTheRoleChangeIsAudited() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        AccountSummary seen = find(DemoUsers.WORKER, young);

        runAs.user(DemoUsers.WORKER, () -> accounts.changeRole(seen.id(), Role.CARE_LEAVER, seen.version()));

        AccountSummary moved = find(DemoUsers.WORKER, young);
        assertThat(moved.role()).isEqualTo(Role.CARE_LEAVER);
        assertThat(moved.ageBand()).as("an 11-13 band does not fit a care leaver").isNull();
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> accounts.changeRole(moved.id(), Role.ADMIN,
                moved.version())), "account.roleNotAllowed");
        var line = runAs.user(DemoUsers.ADMIN,
                () -> audit.find(new AuditFilter(AuditAction.ROLE_CHANGED, null, null), 0, 1)).getFirst();
        assertThat(line.detail()).isEqualTo("YOUNG_PERSON -> CARE_LEAVER");
        assertThat(AgeBand.forRole(Role.CARE_LEAVER)).doesNotContain(AgeBand.AGE_8_10);
    }

    @Test
    void nobodyChangesTheirOwnAccountHere() {
        AccountSummary me = find(DemoUsers.ADMIN, DemoUsers.ADMIN);
        assertRefused(() -> runAs.user(DemoUsers.ADMIN, () -> accounts.setEnabled(me.id(), false, me.version())),
                "account.notYourself");
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOneAndAGoodNewOne() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String fresh = "orange bicycle river";
        assertRefused(() -> runAs.user(young, () -> accounts.changePassword("wrong password", fresh, fresh)),
                "password.currentWrong");
        assertRefused(() -> runAs.user(young, () -> accounts.changePassword(TestAccounts.PASSWORD, "qwertyuiop",
                "qwertyuiop")), "password.common");
        assertRefused(() -> runAs.user(young, () -> accounts.changePassword(TestAccounts.PASSWORD, young + young,
                young + young)), "password.containsName");

        runAs.user(young, () -> accounts.changePassword(TestAccounts.PASSWORD, fresh, fresh));

        assertThat(passwordEncoder.matches(fresh, repository.findByDisplayName(young).orElseThrow().getPasswordHash()))
                .isTrue();
    }
}
