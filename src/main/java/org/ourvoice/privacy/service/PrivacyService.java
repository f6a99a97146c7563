package org.ourvoice.privacy.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.notifications.service.NotificationService.Delivery;
import org.ourvoice.privacy.domain.DeletionRequest;
import org.ourvoice.privacy.domain.DeletionRequestRepository;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.security.SignedInUser;
import org.ourvoice.ui.MessageBundles;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights over their data (UK GDPR, the ICO children's code): see it all, download it,
 * and ask for it to be deleted. A participation worker confirms a deletion (a safeguarding record
 * may need keeping, and the worker records why); then every feature erases its part.
 */
@Service
public class PrivacyService {

    public static final int REASON_LENGTH = 1000;

    private final Erasure erasure;
    private final DeletionRequestRepository requests;
    private final AccountDirectory directory;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final MessageBundles messages;
    private final Clock clock;

    PrivacyService(Erasure erasure, DeletionRequestRepository requests, AccountDirectory directory,
            NotificationService notifications, CurrentUser currentUser, AuditTrail audit, MessageBundles messages,
            Clock clock) {
        this.erasure = erasure;
        this.requests = requests;
        this.directory = directory;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Everything the portal holds about the signed-in person, section by section. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DataSection> myData() {
        long me = currentUser.require().accountId();
        return erasure.forShowing().stream().map(h -> new DataSection(h.sectionKey(), h.export(me))).toList();
    }

    /** The same as a zip of readable HTML, JSON and CSV; the download is audited. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional
    public byte[] myDataZip(Locale locale) {
        SignedInUser me = currentUser.require();
        List<DataSection> sections = myData();
        audit.record(AuditAction.DATA_EXPORTED, "account " + me.accountId(), null);
        return DataExport.zip(me.displayName(), sections, key -> messages.getTranslation(key, locale));
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional
    public void requestDeletion(boolean keepAnonymised) {
        SignedInUser me = currentUser.require();
        if (myDeletionRequest().map(r -> r.status() == DeletionRequest.Status.REQUESTED).orElse(false)) {
            throw new UserFacingException("privacy.alreadyAsked");
        }
        requests.save(new DeletionRequest(me.accountId(), keepAnonymised, clock.instant()));
        audit.record(AuditAction.DELETION_REQUESTED, "account " + me.accountId(), keepAnonymised ? "keep" : "delete");
        notifications.sendToRole(Role.WORKER, Delivery.INBOX_AND_EMAIL, false, "privacy.notice.requested",
                "deletion-requests");
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<MyDeletionRequest> myDeletionRequest() {
        return requests.findFirstByAccountIdOrderByRequestedAtDesc(currentUser.require().accountId())
                .map(r -> new MyDeletionRequest(r.getStatus(), r.isKeepAnonymised(), r.getRequestedAt()));
    }

    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional
    public void cancelMyRequest() {
        DeletionRequest request = requests.findFirstByAccountIdOrderByRequestedAtDesc(currentUser.require().accountId())
                .filter(r -> r.getStatus() == DeletionRequest.Status.REQUESTED)
                .orElseThrow(() -> new UserFacingException("privacy.nothingToCancel"));
        request.cancel(clock.instant());
        audit.record(AuditAction.DELETION_CANCELLED, "account " + request.getAccountId(), null);
    }

    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<PendingDeletion> pending(int offset, int limit) {
        int size = Math.max(1, limit);
        return requests.findByStatusOrderByRequestedAt(DeletionRequest.Status.REQUESTED,
                PageRequest.of(offset / size, size)).stream()
                .flatMap(r -> directory.profile(r.getAccountId()).filter(this::mayDecide).stream()
                        .map(p -> new PendingDeletion(r.getId() == null ? 0 : r.getId(), r.getAccountId(),
                                p.displayName(), p.role(), r.isKeepAnonymised(), r.getRequestedAt(), r.getVersion())))
                .toList();
    }

    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countPending() {
        return requests.countByStatus(DeletionRequest.Status.REQUESTED);
    }

    /** Erases the account: every feature removes or anonymises its part, as the person chose. */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional
    public void confirm(long requestId, long expectedVersion) {
        DeletionRequest request = openRequest(requestId, expectedVersion);
        long accountId = request.getAccountId();
        erasure.erase(accountId, request.isKeepAnonymised());
        request.done(currentUser.require().accountId(), clock.instant());
        flush();
        audit.record(AuditAction.ACCOUNT_ERASED, "account " + accountId,
                request.isKeepAnonymised() ? "words kept without name" : "words deleted");
    }

    /** Keeps the records for now, with the worker's reason (for example a safeguarding record). */
    @RolesAllowed({Roles.WORKER, Roles.ADMIN})
    @Transactional
    public void hold(long requestId, long expectedVersion, String reason) {
        if (TextRules.hasControlCharacters(reason)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String tidy = TextRules.tidy(reason);
        if (tidy.isEmpty()) {
            throw new UserFacingException("privacy.reasonNeeded");
        }
        if (TextRules.visibleLength(tidy) > REASON_LENGTH) {
            throw new UserFacingException("form.tooLong", REASON_LENGTH);
        }
        DeletionRequest request = openRequest(requestId, expectedVersion);
        request.hold(currentUser.require().accountId(), tidy, clock.instant());
        flush();
        audit.record(AuditAction.DELETION_HELD, "account " + request.getAccountId(), null);
        notifications.send(List.of(request.getAccountId()), Delivery.INBOX, false, "privacy.notice.held", null);
    }

    private DeletionRequest openRequest(long requestId, long expectedVersion) {
        DeletionRequest request = requests.findById(requestId)
                .orElseThrow(() -> new UserFacingException("privacy.requestGone"));
        if (request.getVersion() != expectedVersion || request.getStatus() != DeletionRequest.Status.REQUESTED) {
            throw new UserFacingException("form.conflict");
        }
        Profile profile = directory.profile(request.getAccountId())
                .orElseThrow(() -> new UserFacingException("privacy.requestGone"));
        if (!mayDecide(profile)) {
            throw new UserFacingException("error.notAllowed");
        }
        return request;
    }

    /** Workers decide for young people; administrators for anyone. */
    private boolean mayDecide(Profile profile) {
        return currentUser.require().role() == Role.ADMIN || profile.role().isYoung();
    }

    private void flush() {
        try {
            requests.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("form.conflict");
        }
    }
}
