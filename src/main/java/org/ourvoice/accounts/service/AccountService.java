package org.ourvoice.accounts.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.Account;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.domain.Invitation;
import org.ourvoice.accounts.domain.InvitationRepository;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.Language;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.PasswordPolicy;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.security.SignedInUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts from invitations, and the account changes workers, administrators and owners make. */
@Service
public class AccountService {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 30;
    /** Letters and digits of any script, spaces, and a few joining marks; nothing that could be markup. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}][\\p{L}\\p{M}\\p{Nd} '._-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}");
    private static final String[] NICK_FIRST = {"Blue", "Brave", "Bright", "Calm", "Clever", "Cosmic", "Gentle",
        "Golden", "Happy", "Kind", "Lucky", "Quiet", "Rapid", "Silver", "Sunny", "Swift", "Wild", "Wise"};
    private static final String[] NICK_SECOND = {"Badger", "Comet", "Dolphin", "Eagle", "Falcon", "Fox", "Hare",
        "Heron", "Koala", "Lynx", "Otter", "Owl", "Panda", "Robin", "Star", "Tiger", "Wolf", "Wren"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final CodeAttempts codeAttempts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(AccountRepository accounts, InvitationRepository invitations, CodeAttempts codeAttempts,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, CurrentUser currentUser, AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.codeAttempts = codeAttempts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A friendly nickname to start from, so nobody has to give a real name. */
    @PermitAll
    public String suggestNickname() {
        return NICK_FIRST[RANDOM.nextInt(NICK_FIRST.length)] + " " + NICK_SECOND[RANDOM.nextInt(NICK_SECOND.length)]
                + " " + (10 + RANDOM.nextInt(90));
    }

    /**
     * Creates an account from an invitation code. All checks happen before anything is written,
     * and the code and account are written together, so a refusal leaves nothing half-stored.
     */
    @PermitAll
    @Transactional
    public long signUp(SignUpForm form) {
        Invitation invitation = codeAttempts.find(form.code(), invitations::lockByCodeHash);
        Instant now = clock.instant();
        InvitationService.requireOpen(invitation.status(now));
        Role role = invitation.getRole();
        String name = checkDisplayName(form.displayName());
        checkNewPassword(form.password(), form.passwordAgain(), name);
        AgeBand ageBand = null;
        Boolean livesInCounty = null;
        if (role.isYoung()) {
            if (form.ageBand() == null || !AgeBand.forRole(role).contains(form.ageBand())) {
                throw new UserFacingException("signup.ageBand.required");
            }
            if (form.livesInCounty() == null) {
                throw new UserFacingException("signup.county.required");
            }
            ageBand = form.ageBand();
            livesInCounty = form.livesInCounty();
        }
        String email = checkEmail(form.email(), !role.isYoung());
        Account account;
        try {
            account = accounts.saveAndFlush(new Account(name, passwordEncoder.encode(form.password()), role, ageBand,
                    livesInCounty, email, now));
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("signup.name.taken");
        }
        invitation.use(account.requireId(), now);
        audit.recordFor(account.getId(), name, AuditAction.SIGNED_UP, "account " + account.getId(), role.name());
        audit.recordFor(account.getId(), name, AuditAction.INVITATION_USED, "invitation " + invitation.getId(), null);
        return account.requireId();
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String newPasswordAgain) {
        Account account = accounts.findById(currentUser.require().accountId())
                .orElseThrow(() -> new UserFacingException("account.notFound"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.currentWrong");
        }
        checkNewPassword(newPassword, newPasswordAgain, account.getDisplayName());
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, "account " + account.getId(), null);
    }

    /** Saves the language the signed-in person chose, so it follows them to any device. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional
    public void chooseLanguage(Language language) {
        accounts.findById(currentUser.require().accountId()).ifPresent(account -> account.chooseLanguage(language));
    }

    /** Accounts the caller manages: a worker sees young people's accounts, an administrator all. */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AccountSummary> search(@Nullable String name, int offset, int limit) {
        Instant now = clock.instant();
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        return accounts.search(managedRoles(), likeFragment(name), page).stream()
                .map(a -> new AccountSummary(a.requireId(), a.getDisplayName(), a.getRole(), a.getAgeBand(),
                        a.getLivesInCounty(), a.isEnabled(), a.isLocked(now), a.getLastSignInAt(), a.getVersion()))
                .toList();
    }

    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long count(@Nullable String name) {
        return accounts.countSearch(managedRoles(), likeFragment(name));
    }

    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional
    public void setEnabled(long accountId, boolean enabled, long expectedVersion) {
        Account account = managedAccount(accountId, expectedVersion);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        flush();
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "account " + accountId,
                null);
    }

    /**
     * Records whether a young person is an unaccompanied asylum-seeking child ({@code null}: not
     * recorded), so engagement figures can show whether these young people take part.
     */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional
    public void recordAsylumSeeking(long accountId, @Nullable Boolean status, long expectedVersion) {
        Account account = managedAccount(accountId, expectedVersion);
        if (!account.getRole().isYoung()) {
            throw new UserFacingException("account.asylumOnlyYoung");
        }
        account.recordAsylumSeeking(status);
        flush();
        audit.record(AuditAction.ASYLUM_STATUS_RECORDED, "account " + accountId, String.valueOf(status));
    }

    /** Whether a worker recorded the young person as an unaccompanied asylum-seeking child; empty when not recorded. */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<Boolean> asylumSeeking(long accountId) {
        return accounts.findById(accountId).map(Account::getUnaccompaniedAsylumSeeking);
    }

    /** Moves an account to another role: workers between young person and care leaver, administrators any. */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional
    public void changeRole(long accountId, Role newRole, long expectedVersion) {
        Account account = managedAccount(accountId, expectedVersion);
        if (!managedRoles().contains(newRole)) {
            throw new UserFacingException("account.roleNotAllowed");
        }
        Role before = account.getRole();
        if (before == newRole) {
            return;
        }
        account.changeRole(newRole);
        flush();
        audit.record(AuditAction.ROLE_CHANGED, "account " + accountId, before.name() + " -> " + newRole.name());
    }

    /**
     * Young people aged 16 to 17 whose age was last checked a year or more ago: they may have turned
     * 18, so a worker checks and moves them to care leaver (their history and credits stay with them).
     */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AccountSummary> mayHaveTurned18(int offset, int limit) {
        Instant now = clock.instant();
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        return accounts.mayHaveTurned18(turning18Cutoff(now), page).stream()
                .map(a -> new AccountSummary(a.requireId(), a.getDisplayName(), a.getRole(), a.getAgeBand(),
                        a.getLivesInCounty(), a.isEnabled(), a.isLocked(now), a.getLastSignInAt(), a.getVersion()))
                .toList();
    }

    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countMayHaveTurned18() {
        return accounts.countMayHaveTurned18(turning18Cutoff(clock.instant()));
    }

    /** The worker checked: still under 18, ask again in a year. */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional
    public void confirmStillUnder18(long accountId, long expectedVersion) {
        managedAccount(accountId, expectedVersion).confirmAgeBand(clock.instant());
        flush();
    }

    static Instant turning18Cutoff(Instant now) {
        return now.atZone(java.time.ZoneId.of("Europe/London")).minusYears(1).toInstant();
    }

    private void flush() {
        try {
            accounts.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("form.conflict");
        }
    }

    private Account managedAccount(long accountId, long expectedVersion) {
        SignedInUser me = currentUser.require();
        if (me.accountId() == accountId) {
            throw new UserFacingException("account.notYourself");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new UserFacingException("account.notFound"));
        if (!managedRoles().contains(account.getRole())) {
            throw new UserFacingException("account.roleNotAllowed");
        }
        if (account.getVersion() != expectedVersion) {
            throw new UserFacingException("form.conflict");
        }
        return account;
    }

    private Set<Role> managedRoles() {
        return currentUser.require().role() == Role.ADMIN ? EnumSet.allOf(Role.class)
                : EnumSet.of(Role.YOUNG_PERSON, Role.CARE_LEAVER);
    }

    private String checkDisplayName(String typed) {
        if (TextRules.hasControlCharacters(typed)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String name = TextRules.tidy(typed);
        int length = TextRules.visibleLength(name);
        if (length < NAME_MIN) {
            throw new UserFacingException("signup.name.tooShort", NAME_MIN);
        }
        if (length > NAME_MAX) {
            throw new UserFacingException("signup.name.tooLong", NAME_MAX);
        }
        if (!NAME.matcher(name).matches()) {
            throw new UserFacingException("signup.name.characters");
        }
        if (accounts.existsByDisplayName(name)) {
            throw new UserFacingException("signup.name.taken");
        }
        return name;
    }

    private void checkNewPassword(String password, String again, String displayName) {
        passwordPolicy.check(password, displayName).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        if (!Objects.equals(password, again)) {
            throw new UserFacingException("password.different");
        }
    }

    private static @Nullable String checkEmail(@Nullable String typed, boolean required) {
        String email = TextRules.tidy(typed);
        if (email.isEmpty()) {
            if (required) {
                throw new UserFacingException("signup.email.required");
            }
            return null;
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new UserFacingException("signup.email.invalid");
        }
        return email;
    }

    private static @Nullable String likeFragment(@Nullable String name) {
        String tidy = TextRules.tidy(name);
        return tidy.isEmpty() ? null : tidy.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
