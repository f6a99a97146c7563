package org.ourvoice.support;

import java.util.UUID;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.InvitationService;
import org.ourvoice.accounts.service.SignUpForm;
import org.ourvoice.privacy.service.PendingDeletion;
import org.ourvoice.privacy.service.PrivacyService;
import org.ourvoice.security.Role;
import org.springframework.stereotype.Component;

/** Makes accounts for tests the way people get them: a worker or administrator invites, the person signs up. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "green kettle maple";

    private final InvitationService invitations;
    private final AccountService accounts;
    private final PrivacyService privacy;
    private final RunAs runAs;

    public TestAccounts(InvitationService invitations, AccountService accounts, PrivacyService privacy, RunAs runAs) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.privacy = privacy;
        this.runAs = runAs;
    }

    /** A fresh invitation code for the role, made by the demo worker or administrator as the role needs. */
    public String inviteCode(Role role) {
        String inviter = role.isYoung() ? DemoUsers.WORKER : DemoUsers.ADMIN;
        return runAs.user(inviter, () -> invitations.create(role, "test", 7).code());
    }

    /** A new account in the role with a unique name; returns that name. */
    public String create(Role role) {
        String name = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String code = inviteCode(role);
        AgeBand band = role.isYoung() ? AgeBand.forRole(role).getFirst() : null;
        runAs.anonymous(() -> accounts.signUp(new SignUpForm(code, name, PASSWORD, PASSWORD, band,
                role.isYoung() ? Boolean.TRUE : null, role.isYoung() ? null : name + "@council.example")));
        return name;
    }

    /**
     * Erases the account as people ask for it: the person asks in "My data" (keeping their views
     * without their name, or not) and the demo worker confirms.
     */
    public void erase(String name, boolean keepAnonymised) {
        runAs.user(name, () -> privacy.requestDeletion(keepAnonymised));
        PendingDeletion request = runAs.user(DemoUsers.WORKER, () -> privacy.pending(0, 500)).stream()
                .filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
        runAs.user(DemoUsers.WORKER, () -> privacy.confirm(request.id(), request.version()));
    }
}
