package org.ourvoice.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.InvitationService;
import org.ourvoice.accounts.service.SignUpForm;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.Role;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing up with an invitation code, on a real MariaDB: the happy path and every refusal. */
@PortalTest
class SignUpTest {

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Autowired
    AccountService accountService;
    @Autowired
    InvitationService invitationService;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;

    private long signUp(SignUpForm form) {
        return runAs.anonymous(() -> accountService.signUp(form));
    }

    private static String uniqueName() {
        return "Star " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static SignUpForm young(String code, String name) {
        return new SignUpForm(code, name, PASSWORD, PASSWORD, AgeBand.AGE_11_13, Boolean.FALSE, null);
    }

    @Test
    void youngPersonSignsUpWithANicknameAndTheCodeIsUsedUp() {
        String code = testAccounts.inviteCode(Role.YOUNG_PERSON);
        String name = uniqueName();

        long id = signUp(young(code.toLowerCase().replace("-", " "), "  " + name + " "));

        var account = accountRepository.findById(id).orElseThrow();
        assertThat(account.getDisplayName()).isEqualTo(name);
        assertThat(account.getRole()).isEqualTo(Role.YOUNG_PERSON);
        assertThat(account.getAgeBand()).isEqualTo(AgeBand.AGE_11_13);
        assertThat(account.getLivesInCounty()).isFalse();
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertRefused(() -> signUp(young(code, uniqueName())), "invitation.used");
    }

    @Test
    void staffMustGiveAWorkEmailAndGetNoAgeBand() {
        String code = testAccounts.inviteCode(Role.BOARD);
        String name = uniqueName();
        assertRefused(() -> signUp(new SignUpForm(code, name, PASSWORD, PASSWORD, null, null, "")),
                "signup.email.required");
        assertRefused(() -> signUp(new SignUpForm(code, name, PASSWORD, PASSWORD, null, null, "not an email")),
                "signup.email.invalid");

        long id = signUp(new SignUpForm(code, name, PASSWORD, PASSWORD, AgeBand.AGE_8_10, true, "cllr@council.example"));

        var account = accountRepository.findById(id).orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.BOARD);
        assertThat(account.getAgeBand()).isNull();
        assertThat(account.getEmail()).isEqualTo("cllr@council.example");
    }

    @Test
    void unknownRevokedAndExpiredCodesAreRefusedInPlainWords() {
        assertRefused(() -> signUp(young("NOPE-NOPE-NOPE", uniqueName())), "invitation.unknown");
        assertRefused(() -> signUp(young("", uniqueName())), "invitation.unknown");

        String revoked = testAccounts.inviteCode(Role.YOUNG_PERSON);
        long id = runAs.user("Priya Worker", () -> invitationService.list(0, 1).getFirst().id());
        runAs.user("Priya Worker", () -> invitationService.revoke(id));
        assertRefused(() -> signUp(young(revoked, uniqueName())), "invitation.revoked");
        assertRefused(() -> runAs.anonymous(() -> invitationService.check(revoked)), "invitation.revoked");
    }

    @Test
    void aTakenNameIsRefusedWhateverItsCaseAndTheCodeStaysOpen() {
        String existing = testAccounts.create(Role.YOUNG_PERSON);
        String code = testAccounts.inviteCode(Role.YOUNG_PERSON);

        assertRefused(() -> signUp(young(code, existing.toUpperCase())), "signup.name.taken");

        assertThat(runAs.anonymous(() -> invitationService.check(code))).isEqualTo(Role.YOUNG_PERSON);
    }

    @Test
    void youngPeopleMustChooseAnAgeBandOfTheirRoleAndWhereTheyLive() {
        String code = testAccounts.inviteCode(Role.YOUNG_PERSON);
        assertRefused(() -> signUp(new SignUpForm(code, uniqueName(), PASSWORD, PASSWORD, null, true, null)),
                "signup.ageBand.required");
        assertRefused(() -> signUp(new SignUpForm(code, uniqueName(), PASSWORD, PASSWORD, AgeBand.AGE_21_25, true,
                null)), "signup.ageBand.required");
        assertRefused(() -> signUp(new SignUpForm(code, uniqueName(), PASSWORD, PASSWORD, AgeBand.AGE_8_10, null,
                null)), "signup.county.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "<script>alert(1)</script>", "Robert'); DROP TABLE account;--",
        "Smiley 😀", "tab\u0007bell", "zero\u200Bwidth"})
    void oddNamesAreRefusedWithAMessage(String name) {
        String code = testAccounts.inviteCode(Role.YOUNG_PERSON);
        long before = accountRepository.count();

        assertThatThrownBy(() -> signUp(young(code, name))).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).asString()
                .isIn("signup.name.tooShort", "signup.name.tooLong", "signup.name.characters",
                        "form.controlCharacters");

        assertThat(accountRepository.count()).isEqualTo(before);
        assertThat(runAs.anonymous(() -> invitationService.check(code))).isEqualTo(Role.YOUNG_PERSON);
    }

    @Test
    void rightToLeftAndAccentedNamesAreWelcome() {
        String arabic = "نور " + UUID.randomUUID().toString().substring(0, 4);
        long id = signUp(young(testAccounts.inviteCode(Role.YOUNG_PERSON), arabic));
        assertThat(accountRepository.findById(id).orElseThrow().getDisplayName()).isEqualTo(arabic);

        String accented = "Zoë-Renée " + UUID.randomUUID().toString().substring(0, 4);
        long second = signUp(young(testAccounts.inviteCode(Role.YOUNG_PERSON), accented));
        assertThat(accountRepository.findById(second).orElseThrow().getDisplayName()).isEqualTo(accented);
    }

    @Test
    void aHugeNameIsRefusedAndNothingIsStored() {
        String code = testAccounts.inviteCode(Role.YOUNG_PERSON);
        long before = accountRepository.count();
        assertRefused(() -> signUp(young(code, "x".repeat(100_000))), "signup.name.tooLong");
        assertRefused(() -> signUp(new SignUpForm(code, uniqueName(), "y".repeat(100_000), "y".repeat(100_000),
                AgeBand.AGE_8_10, true, null)), "password.tooLong");
        assertThat(accountRepository.count()).isEqualTo(before);
    }

    @Test
    void weakOrMismatchedPasswordsAreRefused() {
        String code = testAccounts.inviteCode(Role.YOUNG_PERSON);
        String name = uniqueName();
        assertRefused(() -> signUp(new SignUpForm(code, name, "short", "short", AgeBand.AGE_8_10, true, null)),
                "password.tooShort");
        assertRefused(() -> signUp(new SignUpForm(code, name, "password123", "password123", AgeBand.AGE_8_10, true,
                null)), "password.common");
        assertRefused(() -> signUp(new SignUpForm(code, name, PASSWORD, PASSWORD + "x", AgeBand.AGE_8_10, true,
                null)), "password.different");
    }

    @Test
    void twoPeopleUsingOneCodeAtOnceMakeExactlyOneAccount() throws Exception {
        String code = testAccounts.inviteCode(Role.YOUNG_PERSON);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String name = uniqueName();
                attempts.add(() -> {
                    try {
                        signUp(young(code, name));
                        return true;
                    } catch (UserFacingException e) {
                        return false;
                    }
                });
            }
            int succeeded = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
