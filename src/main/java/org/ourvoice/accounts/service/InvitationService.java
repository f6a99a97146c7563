package org.ourvoice.accounts.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.Invitation;
import org.ourvoice.accounts.domain.InvitationRepository;
import org.ourvoice.accounts.domain.InvitationStatus;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitations: workers invite young people, administrators invite staff; each code works once. */
@Service
public class InvitationService {

    public static final int NOTE_LENGTH = 100;
    public static final int MAX_DAYS = 30;
    public static final int DEFAULT_DAYS = 14;

    private final InvitationRepository invitations;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final CodeAttempts codeAttempts;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, CurrentUser currentUser, AuditTrail audit,
            CodeAttempts codeAttempts, Clock clock) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.codeAttempts = codeAttempts;
        this.clock = clock;
    }

    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional
    public NewInvitation create(Role role, @Nullable String note, int validDays) {
        SignedInUser me = currentUser.require();
        if (!me.role().mayInvite().contains(role)) {
            throw new UserFacingException("invitation.roleNotAllowed");
        }
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw new UserFacingException("invitation.days", MAX_DAYS);
        }
        if (TextRules.hasControlCharacters(note)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String tidyNote = TextRules.tidy(note);
        if (TextRules.visibleLength(tidyNote) > NOTE_LENGTH) {
            throw new UserFacingException("form.tooLong", NOTE_LENGTH);
        }
        Instant now = clock.instant();
        String code = InvitationCode.generate();
        Invitation invitation = invitations.save(new Invitation(InvitationCode.hash(code), role,
                tidyNote.isEmpty() ? null : tidyNote, me.accountId(), now, now.plus(Duration.ofDays(validDays))));
        audit.record(AuditAction.INVITATION_CREATED, "invitation " + invitation.getId(), role.name());
        return new NewInvitation(code, "join/" + code, role, invitation.getExpiresAt());
    }

    /** Invitations the caller may see: a worker their own, an administrator all. */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<InvitationSummary> list(int offset, int limit) {
        SignedInUser me = currentUser.require();
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        List<Invitation> found = me.role() == Role.ADMIN ? invitations.findAllByOrderByCreatedAtDesc(page)
                : invitations.findByCreatedByOrderByCreatedAtDesc(me.accountId(), page);
        Instant now = clock.instant();
        return found.stream().map(i -> new InvitationSummary(i.getId() == null ? 0 : i.getId(), i.getRole(),
                i.getNote(), i.getCreatedAt(), i.getExpiresAt(), i.status(now))).toList();
    }

    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long count() {
        SignedInUser me = currentUser.require();
        return me.role() == Role.ADMIN ? invitations.count() : invitations.countByCreatedBy(me.accountId());
    }

    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional
    public void revoke(long invitationId) {
        SignedInUser me = currentUser.require();
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new UserFacingException("invitation.notFound"));
        if (me.role() != Role.ADMIN && !Long.valueOf(me.accountId()).equals(invitation.getCreatedBy())) {
            throw new UserFacingException("invitation.notYours");
        }
        if (!invitation.revoke(clock.instant())) {
            throw new UserFacingException("invitation.cannotRevoke");
        }
        audit.record(AuditAction.INVITATION_REVOKED, "invitation " + invitationId, null);
    }

    /** Tells a person about to sign up which role their code is for, or why it cannot be used. */
    @PermitAll
    @Transactional(readOnly = true)
    public Role check(String code) {
        Invitation invitation = codeAttempts.find(code, invitations::findByCodeHash);
        requireOpen(invitation.status(clock.instant()));
        return invitation.getRole();
    }

    static void requireOpen(InvitationStatus status) {
        switch (status) {
            case USED -> throw new UserFacingException("invitation.used");
            case EXPIRED -> throw new UserFacingException("invitation.expired");
            case REVOKED -> throw new UserFacingException("invitation.revoked");
            case OPEN -> {
                // usable
            }
        }
    }
}
