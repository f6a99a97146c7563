package org.ourvoice.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditFilter;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.security.AccountPrincipal;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/** Signing in through Spring Security's own authentication: the lock after repeated failures, and the audit. */
@PortalTest
class SignInLockTest {

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    RunAs runAs;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AccountService accountService;

    private Authentication signIn(String name, String password) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    @Test
    void theRightPasswordSignsInWhateverTheCaseOfTheName() throws Exception {
        String name = testAccounts.create(Role.YOUNG_PERSON);
        Authentication signedIn = signIn(" " + name.toLowerCase() + " ", TestAccounts.PASSWORD);
        assertThat(((AccountPrincipal) signedIn.getPrincipal()).displayName()).isEqualTo(name);
        assertThat(accounts.findByDisplayName(name).orElseThrow().getLastSignInAt()).isNotNull();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = testAccounts.create(Role.CARE_LEAVER);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(name, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(name, TestAccounts.PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(accounts.findByDisplayName(name).orElseThrow().getLockedUntil()).isNotNull();

        var locked = runAs.user(DemoUsers.ADMIN,
                () -> audit.find(new AuditFilter(AuditAction.ACCOUNT_LOCKED, null, null), 0, 1)).getFirst();
        assertThat(locked.actorName()).isEqualTo(name);
        long failures = runAs.user(DemoUsers.ADMIN,
                () -> audit.count(new AuditFilter(AuditAction.SIGN_IN_FAILED, null, null)));
        assertThat(failures).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aTurnedOffAccountCannotSignIn() throws Exception {
        String name = testAccounts.create(Role.YOUNG_PERSON);
        var summary = runAs.user(DemoUsers.WORKER, () -> accountService.search(name, 0, 1).getFirst());
        runAs.user(DemoUsers.WORKER, () -> accountService.setEnabled(summary.id(), false, summary.version()));
        assertThatThrownBy(() -> signIn(name, TestAccounts.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void anUnknownNameFailsLikeAWrongPasswordAndKeepsNoTypedText() throws Exception {
        assertThatThrownBy(() -> signIn("nobody-by-this-name", "my secret pw")).isInstanceOf(BadCredentialsException.class);
        var line = runAs.user(DemoUsers.ADMIN,
                () -> audit.find(new AuditFilter(AuditAction.SIGN_IN_FAILED, null, null), 0, 1)).getFirst();
        assertThat(line.subject()).isEqualTo("unknown account");
        assertThat(line.actorName()).isNull();
        assertThat(String.valueOf(line.detail())).doesNotContain("nobody-by-this-name");
    }
}
