package org.ourvoice.audit.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.audit.domain.AuditEntry;
import org.ourvoice.audit.domain.AuditEntryRepository;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.security.SignedInUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail for every feature and lets administrators read it. */
@Service
public class AuditTrail {

    /** At most 200 000 lines in one export. */
    private static final int EXPORT_PAGES = 200;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in (or nobody, for anonymous actions). */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, @Nullable String subject, @Nullable String detail) {
        SignedInUser actor = currentUser.find().orElse(null);
        entries.save(new AuditEntry(clock.instant(), actor == null ? null : actor.accountId(),
                actor == null ? null : actor.displayName(), action.name(), subject, detail));
    }

    /** Records an action on behalf of a named account, for events that happen before sign-in completes. */
    @PermitAll
    @Transactional
    public void recordFor(@Nullable Long actorAccountId, @Nullable String actorName, AuditAction action,
            @Nullable String subject, @Nullable String detail) {
        entries.save(new AuditEntry(clock.instant(), actorAccountId, actorName, action.name(), subject, detail));
    }

    /**
     * Records a refused or suspicious attempt in a transaction of its own, so the line is kept even
     * though the attempt itself is rolled back.
     */
    @PermitAll
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAttempt(AuditAction action, @Nullable String subject, @Nullable String detail) {
        entries.save(new AuditEntry(clock.instant(), null, null, action.name(), subject, detail));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditFilter filter, int offset, int limit) {
        return entries.find(actionName(filter), filter.from(), filter.until(), page(offset, limit)).stream()
                .map(e -> new AuditRecord(e.getId() == null ? 0 : e.getId(), e.getOccurredAt(), e.getActorName(),
                        e.getAction(), e.getSubject(), e.getDetail()))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(actionName(filter), filter.from(), filter.until());
    }

    /** The filtered trail as CSV for the administrator to keep or hand over; the export itself is audited. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public String exportCsv(AuditFilter filter) {
        StringBuilder csv = new StringBuilder("\"when (UTC)\",\"who\",\"action\",\"about\",\"detail\"\r\n");
        int page = 0;
        List<AuditEntry> batch;
        do {
            batch = entries.find(actionName(filter), filter.from(), filter.until(), PageRequest.of(page++, 1000));
            for (AuditEntry e : batch) {
                csv.append(String.join(",", cell(e.getOccurredAt().toString()), cell(e.getActorName()),
                        cell(e.getAction()), cell(e.getSubject()), cell(e.getDetail()))).append("\r\n");
            }
        } while (batch.size() == 1000 && page < EXPORT_PAGES);
        record(AuditAction.AUDIT_EXPORTED, "audit trail", filter.action() == null ? "all" : filter.action().name());
        return csv.toString();
    }

    /** Quotes a cell, and defuses text a spreadsheet would run as a formula. */
    private static String cell(@Nullable String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static @Nullable String actionName(AuditFilter filter) {
        return filter.action() == null ? null : filter.action().name();
    }

    private static PageRequest page(int offset, int limit) {
        int size = Math.max(1, limit);
        return PageRequest.of(offset / size, size);
    }
}
