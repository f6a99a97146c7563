package org.ourvoice.pledges.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.domain.Commitment;
import org.ourvoice.pledges.domain.CommitmentRepository;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.domain.HistoryEntryRepository;
import org.ourvoice.pledges.domain.PledgeDocument;
import org.ourvoice.pledges.domain.PledgeDocumentRepository;
import org.ourvoice.pledges.domain.PledgeSection;
import org.ourvoice.pledges.domain.PledgeSectionRepository;
import org.ourvoice.pledges.domain.PledgeVersion;
import org.ourvoice.pledges.domain.PledgeVersionRepository;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation workers write and revise co-produced documents: a draft's sections and numbered
 * commitments, opening it for ideas until a closing date, preparing the next version; the board
 * adopts a version. Only a draft's words change; every change goes into the document's history.
 */
@Service
public class PledgeDraftingService {

    /** Longest a version stays open for ideas. */
    static final int MAX_OPEN_DAYS = 366;
    private static final int HISTORY_LINES = 500;

    private final PledgeRecords records;
    private final PledgeDocumentRepository documents;
    private final PledgeVersionRepository versions;
    private final PledgeSectionRepository sections;
    private final CommitmentRepository commitments;
    private final HistoryEntryRepository history;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    PledgeDraftingService(PledgeRecords records, PledgeDocumentRepository documents, PledgeVersionRepository versions,
            PledgeSectionRepository sections, CommitmentRepository commitments, HistoryEntryRepository history,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.records = records;
        this.documents = documents;
        this.versions = versions;
        this.sections = sections;
        this.commitments = commitments;
        this.history = history;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.WORKER, Roles.BOARD})
    @Transactional(readOnly = true)
    public List<DocumentSummary> documents() {
        return documents.findAllByOrderByKindAscTitleAsc().stream().map(d -> new DocumentSummary(d.requireId(),
                d.getKind(), d.getTitle(), versions.findByDocumentIdOrderByNumberDesc(d.requireId()).stream()
                        .map(records::summary).toList())).toList();
    }

    /** A new document with an empty first draft; returns the draft's id. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public long createDocument(DocumentKind kind, String title) {
        String name = PledgeRecords.required(title, PledgeRecords.MAX_TITLE, "pledges.titleNeeded");
        PledgeDocument document = documents.save(new PledgeDocument(kind, name, currentUser.require().accountId(),
                clock.instant()));
        PledgeVersion first = versions.save(new PledgeVersion(document.requireId(), 1, Audience.usualFor(kind), null,
                clock.instant()));
        records.note(document.requireId(), 1, "CREATED", name);
        return first.requireId();
    }

    @RolesAllowed({Roles.WORKER, Roles.BOARD})
    @Transactional(readOnly = true)
    public VersionDetail version(long versionId) {
        return records.detail(records.version(versionId));
    }

    /** Adds a section at the end of a draft; returns its id. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public long addSection(long versionId, String title) {
        PledgeVersion draft = records.draft(versionId);
        String name = PledgeRecords.required(title, PledgeRecords.MAX_TITLE, "pledges.titleNeeded");
        int position = sections.findByVersionIdOrderByPositionAscIdAsc(versionId).size() + 1;
        PledgeSection section = sections.save(new PledgeSection(versionId, UUID.randomUUID().toString(), position,
                name));
        changed(draft, "SECTION_ADDED", name);
        return section.requireId();
    }

    /** Adds a commitment at the end of a draft's section; returns its id. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public long addCommitment(long sectionId, String text, @Nullable String explanation) {
        PledgeSection section = sections.findById(sectionId).orElseThrow(() -> new UserFacingException("pledges.gone"));
        PledgeVersion draft = records.draft(section.getVersionId());
        String words = PledgeRecords.required(text, PledgeRecords.MAX_COMMITMENT, "pledges.commitmentNeeded");
        String more = PledgeRecords.optional(explanation, PledgeRecords.MAX_EXPLANATION);
        Commitment added = commitments.save(new Commitment(draft.requireId(), sectionId, UUID.randomUUID().toString(),
                commitments.findBySectionIdOrderByPositionAscIdAsc(sectionId).size() + 1, words, more));
        changed(draft, "COMMITMENT_ADDED", words);
        return added.requireId();
    }

    /**
     * Changes a draft's commitment. {@code expectedLock} is the lock value the worker's screen
     * read; if someone else saved the commitment since, nothing is changed and the worker is told.
     */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public CommitmentItem editCommitment(long commitmentId, long expectedLock, String text,
            @Nullable String explanation) {
        Commitment commitment = records.commitment(commitmentId);
        PledgeVersion draft = records.draft(commitment.getVersionId());
        if (commitment.getVersion() != expectedLock) {
            throw new PledgeConflict();
        }
        String words = PledgeRecords.required(text, PledgeRecords.MAX_COMMITMENT, "pledges.commitmentNeeded");
        String more = PledgeRecords.optional(explanation, PledgeRecords.MAX_EXPLANATION);
        String before = commitment.getText();
        commitment.reword(words, more);
        try {
            commitments.saveAndFlush(commitment);
            changed(draft, "COMMITMENT_CHANGED", before.equals(words) ? words : before + " → " + words);
            versions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new PledgeConflict();
        }
        return records.detail(draft).commitment(commitmentId).findFirst().orElseThrow();
    }

    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void removeCommitment(long commitmentId, long expectedLock) {
        Commitment commitment = records.commitment(commitmentId);
        PledgeVersion draft = records.draft(commitment.getVersionId());
        if (commitment.getVersion() != expectedLock) {
            throw new PledgeConflict();
        }
        commitments.delete(commitment);
        List<Commitment> rest = commitments.findBySectionIdOrderByPositionAscIdAsc(commitment.getSectionId());
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i + 1);
        }
        changed(draft, "COMMITMENT_REMOVED", commitment.getText());
    }

    /** Opens a draft for young people's ideas until the closing date (included). */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void openForIdeas(long versionId, long expectedLock, LocalDate closesOn, Audience audience) {
        PledgeVersion version = records.versionAt(versionId, expectedLock);
        if (version.getStatus() != VersionStatus.DRAFT) {
            throw new UserFacingException("pledges.notDraft");
        }
        LocalDate today = records.today();
        if (!closesOn.isAfter(today) || closesOn.isAfter(today.plusDays(MAX_OPEN_DAYS))) {
            throw new UserFacingException("pledges.closingDate", MAX_OPEN_DAYS);
        }
        if (commitments.findByVersionIdOrderByPositionAscIdAsc(versionId).isEmpty()) {
            throw new UserFacingException("pledges.empty");
        }
        boolean anotherOpen = versions.findByDocumentIdOrderByNumberDesc(version.getDocumentId()).stream()
                .anyMatch(v -> v.takesIdeasOn(today));
        if (anotherOpen) {
            throw new UserFacingException("pledges.alreadyOpen");
        }
        version.open(audience, closesOn, clock.instant());
        flush(version);
        records.note(version.getDocumentId(), version.getNumber(), "OPENED", closesOn + " " + audience.name());
    }

    /**
     * The document's next draft: the draft there is, or a copy of its newest version (sections
     * and commitments keep their threads, so the two compare promise by promise). Returns its id.
     */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public long prepareNextVersion(long documentId) {
        return records.nextDraft(documentId).requireId();
    }

    /**
     * The board adopts a version on a date (not in the future): the version young people see as
     * "our promises" from then on. The adopted version before it, and any older draft or open
     * version, are replaced. A version still open for ideas cannot be adopted before it closes.
     */
    @RolesAllowed(Roles.BOARD)
    @Transactional
    public void adopt(long versionId, long expectedLock, LocalDate adoptedOn) {
        PledgeVersion version = records.versionAt(versionId, expectedLock);
        if (version.getStatus() != VersionStatus.DRAFT && version.getStatus() != VersionStatus.OPEN) {
            throw new UserFacingException("pledges.alreadyAdopted");
        }
        LocalDate today = records.today();
        if (version.takesIdeasOn(today)) {
            throw new UserFacingException("pledges.stillOpen");
        }
        if (adoptedOn.isAfter(today) || adoptedOn.isBefore(today.minusYears(1))) {
            throw new UserFacingException("pledges.adoptedOn");
        }
        if (commitments.findByVersionIdOrderByPositionAscIdAsc(versionId).isEmpty()) {
            throw new UserFacingException("pledges.empty");
        }
        for (PledgeVersion other : versions.findByDocumentIdOrderByNumberDesc(version.getDocumentId())) {
            boolean earlier = other.getNumber() < version.getNumber();
            if (other.getStatus() == VersionStatus.ADOPTED || earlier && other.getStatus() != VersionStatus.REPLACED) {
                other.replace(clock.instant());
            }
        }
        version.adopt(currentUser.require().accountId(), adoptedOn, clock.instant());
        flush(version);
        records.note(version.getDocumentId(), version.getNumber(), "ADOPTED", adoptedOn.toString());
        audit.record(AuditAction.PLEDGE_ADOPTED, "pledge version " + versionId,
                records.document(version.getDocumentId()).getTitle() + " v" + version.getNumber());
    }

    /** How two versions of the same document differ, commitment by commitment, in the later one's order. */
    @RolesAllowed({Roles.WORKER, Roles.BOARD})
    @Transactional(readOnly = true)
    public List<Difference> compare(long fromVersionId, long toVersionId) {
        PledgeVersion from = records.version(fromVersionId);
        PledgeVersion to = records.version(toVersionId);
        if (from.getDocumentId() != to.getDocumentId()) {
            throw new UserFacingException("pledges.otherDocument");
        }
        return differences(records.detail(from), records.detail(to));
    }

    static List<Difference> differences(VersionDetail before, VersionDetail after) {
        Map<String, CommitmentItem> old = new LinkedHashMap<>();
        before.commitments().forEach(c -> old.put(c.threadKey(), c));
        List<Difference> out = new ArrayList<>();
        for (CommitmentItem now : after.commitments()) {
            CommitmentItem was = old.remove(now.threadKey());
            if (was == null) {
                out.add(new Difference(now.threadKey(), Difference.Kind.ADDED, null, now.number(), null, now.text(),
                        null, now.explanation()));
            } else {
                boolean same = was.text().equals(now.text()) && Objects.equals(was.explanation(), now.explanation());
                out.add(new Difference(now.threadKey(), same ? Difference.Kind.SAME : Difference.Kind.CHANGED,
                        was.number(), now.number(), was.text(), now.text(), was.explanation(), now.explanation()));
            }
        }
        old.values().forEach(was -> out.add(new Difference(was.threadKey(), Difference.Kind.REMOVED, was.number(),
                null, was.text(), null, was.explanation(), null)));
        return out;
    }

    /** Every change to the document, newest first. */
    @RolesAllowed({Roles.WORKER, Roles.BOARD})
    @Transactional(readOnly = true)
    public List<HistoryLine> history(long documentId) {
        return history.findByDocumentIdOrderByHappenedAtDescIdDesc(documentId, PageRequest.of(0, HISTORY_LINES))
                .stream().map(h -> new HistoryLine(h.getHappenedAt(), h.getByName(), h.getVersionNumber(), h.getWhat(),
                        h.getDetail())).toList();
    }

    private void changed(PledgeVersion draft, String what, String detail) {
        draft.touch(clock.instant());
        records.note(draft.getDocumentId(), draft.getNumber(), what, detail);
    }

    private void flush(PledgeVersion version) {
        try {
            versions.saveAndFlush(version);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new PledgeConflict();
        }
    }
}
