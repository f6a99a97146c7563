package org.ourvoice.pledges.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.UUID;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.pledges.domain.Commitment;
import org.ourvoice.pledges.domain.CommitmentRepository;
import org.ourvoice.pledges.domain.HistoryEntry;
import org.ourvoice.pledges.domain.HistoryEntryRepository;
import org.ourvoice.pledges.domain.PledgeDocument;
import org.ourvoice.pledges.domain.PledgeDocumentRepository;
import org.ourvoice.pledges.domain.PledgeSection;
import org.ourvoice.pledges.domain.PledgeSectionRepository;
import org.ourvoice.pledges.domain.PledgeVersion;
import org.ourvoice.pledges.domain.PledgeVersionRepository;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading versions as sections with numbered commitments, checking free text, and writing the
 * history: shared by the pledge services, which check who is asking before calling it.
 */
@Component
class PledgeRecords {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int MAX_TITLE = 200;
    static final int MAX_COMMITMENT = 500;
    static final int MAX_EXPLANATION = 4000;
    static final int MAX_REASON = 500;
    static final int MAX_EVIDENCE = 1000;

    private final PledgeDocumentRepository documents;
    private final PledgeVersionRepository versions;
    private final PledgeSectionRepository sections;
    private final CommitmentRepository commitments;
    private final HistoryEntryRepository history;
    private final CurrentUser currentUser;
    private final Clock clock;

    PledgeRecords(PledgeDocumentRepository documents, PledgeVersionRepository versions,
            PledgeSectionRepository sections, CommitmentRepository commitments, HistoryEntryRepository history,
            CurrentUser currentUser, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.sections = sections;
        this.commitments = commitments;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    PledgeDocument document(long documentId) {
        return documents.findById(documentId).orElseThrow(() -> new UserFacingException("pledges.gone"));
    }

    PledgeVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new UserFacingException("pledges.gone"));
    }

    /** The version as the person last saw it, or a clear refusal if someone changed it meanwhile. */
    PledgeVersion versionAt(long versionId, long expectedLock) {
        PledgeVersion version = version(versionId);
        if (version.getVersion() != expectedLock) {
            throw new PledgeConflict();
        }
        return version;
    }

    /** A draft the person may change; anything else is refused in plain words. */
    PledgeVersion draft(long versionId) {
        PledgeVersion version = version(versionId);
        if (version.getStatus() != VersionStatus.DRAFT) {
            throw new UserFacingException("pledges.notDraft");
        }
        return version;
    }

    Commitment commitment(long commitmentId) {
        return commitments.findById(commitmentId).orElseThrow(() -> new UserFacingException("pledges.gone"));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    VersionDetail detail(PledgeVersion version) {
        PledgeDocument document = document(version.getDocumentId());
        List<PledgeSection> inOrder = sections.findByVersionIdOrderByPositionAscIdAsc(version.requireId());
        Map<Long, List<Commitment>> bySection = commitments.findByVersionIdOrderByPositionAscIdAsc(version.requireId())
                .stream().collect(Collectors.groupingBy(Commitment::getSectionId));
        List<SectionItem> items = new ArrayList<>();
        int number = 0;
        for (PledgeSection section : inOrder) {
            List<CommitmentItem> promised = new ArrayList<>();
            for (Commitment c : bySection.getOrDefault(section.requireId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(Commitment::getPosition)).toList()) {
                promised.add(new CommitmentItem(c.requireId(), c.getVersion(), ++number, c.getThreadKey(),
                        c.getSectionId(), c.getText(), c.getExplanation()));
            }
            items.add(new SectionItem(section.requireId(), section.getThreadKey(), section.getTitle(), promised));
        }
        return new VersionDetail(version.requireId(), version.getVersion(), document.requireId(), document.getTitle(),
                document.getKind(), version.getNumber(), version.getStatus(), version.getAudience(),
                version.getClosesOn(), version.getAdoptedOn(), items);
    }

    /** The document's draft, or a new one copied from its newest version. */
    @Transactional(propagation = Propagation.MANDATORY)
    PledgeVersion nextDraft(long documentId) {
        document(documentId);
        List<PledgeVersion> all = versions.findByDocumentIdOrderByNumberDesc(documentId);
        PledgeVersion existing = all.stream().filter(v -> v.getStatus() == VersionStatus.DRAFT).findFirst()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        PledgeVersion newest = all.getFirst();
        PledgeVersion draft = versions.save(new PledgeVersion(documentId, newest.getNumber() + 1,
                newest.getAudience(), newest.requireId(), clock.instant()));
        Map<Long, Long> sectionCopies = new HashMap<>();
        for (PledgeSection s : sections.findByVersionIdOrderByPositionAscIdAsc(newest.requireId())) {
            sectionCopies.put(s.requireId(), sections.save(new PledgeSection(draft.requireId(), s.getThreadKey(),
                    s.getPosition(), s.getTitle())).requireId());
        }
        for (Commitment c : commitments.findByVersionIdOrderByPositionAscIdAsc(newest.requireId())) {
            commitments.save(new Commitment(draft.requireId(), sectionCopies.get(c.getSectionId()), c.getThreadKey(),
                    c.getPosition(), c.getText(), c.getExplanation()));
        }
        note(documentId, draft.getNumber(), "PREPARED", "from version " + newest.getNumber());
        return draft;
    }

    VersionSummary summary(PledgeVersion v) {
        return new VersionSummary(v.requireId(), v.getNumber(), v.getStatus(), v.getAudience(), v.getClosesOn(),
                v.getAdoptedOn());
    }

    /** Writes one line of the document's history, by whoever is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    void note(long documentId, @Nullable Integer versionNumber, String what, @Nullable String detail) {
        SignedInUser me = currentUser.require();
        String shortened = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
        history.save(new HistoryEntry(documentId, versionNumber, clock.instant(), me.accountId(), me.displayName(),
                what, shortened));
    }

    /** Free text a form needs: no control characters, not empty, not longer than the limit. */
    static String required(@Nullable String raw, int max, String emptyKey) {
        String text = optional(raw, max);
        if (text == null) {
            throw new UserFacingException(emptyKey);
        }
        return text;
    }

    static @Nullable String optional(@Nullable String raw, int max) {
        if (TextRules.hasControlCharacters(raw)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (TextRules.visibleLength(text) > max) {
            throw new UserFacingException("form.tooLong", max);
        }
        return text;
    }
}
