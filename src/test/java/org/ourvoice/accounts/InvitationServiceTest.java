package org.ourvoice.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.InvitationStatus;
import org.ourvoice.accounts.service.InvitationService;
import org.ourvoice.accounts.service.InvitationSummary;
import org.ourvoice.accounts.service.NewInvitation;
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

/** Who may invite whom, and what happens to an invitation over its life. */
@PortalTest
class InvitationServiceTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    AuditTrail audit;
    @Autowired
    RunAs runAs;
    @Autowired
    TestAccounts testAccounts;

    @Test
    void workersInviteYoungPeopleAndAdministratorsInviteStaff() {
        NewInvitation made = runAs.user(DemoUsers.WORKER, () -> invitations.create(Role.CARE_LEAVER, "Sam, Tuesday", 3));
        assertThat(made.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(made.joinPath()).isEqualTo("join/" + made.code());
        assertThat(runAs.anonymous(() -> invitations.check(made.code()))).isEqualTo(Role.CARE_LEAVER);

        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> invitations.create(Role.BOARD, null, 3)),
                "invitation.roleNotAllowed");
        assertRefused(() -> runAs.user(DemoUsers.ADMIN, () -> invitations.create(Role.YOUNG_PERSON, null, 3)),
                "invitation.roleNotAllowed");
        assertThat(runAs.user(DemoUsers.ADMIN, () -> invitations.create(Role.WORKER, null, 3)).role())
                .isEqualTo(Role.WORKER);
    }

    @Test
    void youngPeopleAndBoardMembersCannotInviteAnyone() {
        for (String who : new String[] {DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.BOARD}) {
            assertThatThrownBy(() -> runAs.user(who, () -> invitations.create(Role.YOUNG_PERSON, null, 3)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.anonymous(() -> invitations.create(Role.YOUNG_PERSON, null, 3)))
                .isInstanceOfAny(AccessDeniedException.class,
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void badDaysAndNotesAreRefused() {
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> invitations.create(Role.YOUNG_PERSON, null, 0)),
                "invitation.days");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> invitations.create(Role.YOUNG_PERSON, null, 31)),
                "invitation.days");
        assertRefused(() -> runAs.user(DemoUsers.WORKER,
                () -> invitations.create(Role.YOUNG_PERSON, "n".repeat(100_000), 3)), "form.tooLong");
        assertRefused(() -> runAs.user(DemoUsers.WORKER,
                () -> invitations.create(Role.YOUNG_PERSON, "bell\u0007", 3)), "form.controlCharacters");
        NewInvitation html = runAs.user(DemoUsers.WORKER,
                () -> invitations.create(Role.YOUNG_PERSON, "<b>Sam</b> 😀 سام", 3));
        InvitationSummary listed = runAs.user(DemoUsers.WORKER, () -> invitations.list(0, 1).getFirst());
        assertThat(listed.note()).isEqualTo("<b>Sam</b> 😀 سام");
        assertThat(listed.role()).isEqualTo(html.role());
    }

    @Test
    void aWorkerSeesAndRevokesOnlyTheirOwnInvitationsAndEachStepIsAudited() {
        String otherWorker = testAccounts.create(Role.WORKER);
        runAs.user(otherWorker, () -> invitations.create(Role.YOUNG_PERSON, "other's", 3));
        long othersId = runAs.user(otherWorker, () -> invitations.list(0, 1).getFirst().id());
        assertThat(runAs.user(otherWorker, () -> invitations.count())).isEqualTo(1);

        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> invitations.revoke(othersId)), "invitation.notYours");
        runAs.user(otherWorker, () -> invitations.revoke(othersId));
        assertThat(runAs.user(otherWorker, () -> invitations.list(0, 10)).getFirst().status())
                .isEqualTo(InvitationStatus.REVOKED);
        assertRefused(() -> runAs.user(otherWorker, () -> invitations.revoke(othersId)), "invitation.cannotRevoke");

        long revokedLines = runAs.user(DemoUsers.ADMIN,
                () -> audit.count(new AuditFilter(AuditAction.INVITATION_REVOKED, null, null)));
        assertThat(revokedLines).isPositive();
        assertThat(runAs.user(DemoUsers.ADMIN,
                () -> audit.find(new AuditFilter(AuditAction.INVITATION_REVOKED, null, null), 0, 1)).getFirst()
                .actorName()).isEqualTo(otherWorker);
    }
}
