package org.ourvoice.pledges.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.TookPart;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.pledges.domain.Commitment;
import org.ourvoice.pledges.domain.CommitmentRating;
import org.ourvoice.pledges.domain.CommitmentRatingRepository;
import org.ourvoice.pledges.domain.CommitmentRepository;
import org.ourvoice.pledges.domain.PledgeSection;
import org.ourvoice.pledges.domain.PledgeSectionRepository;
import org.ourvoice.pledges.domain.PledgeVersion;
import org.ourvoice.pledges.domain.PledgeVersionRepository;
import org.ourvoice.pledges.domain.Suggestion;
import org.ourvoice.pledges.domain.SuggestionKind;
import org.ourvoice.pledges.domain.SuggestionOutcome;
import org.ourvoice.pledges.domain.SuggestionRepository;
import org.ourvoice.pledges.domain.SuggestionSupport;
import org.ourvoice.pledges.domain.SuggestionSupportRepository;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.security.SignedInUser;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.ourvoice.voice.service.WrittenAbout;
import org.ourvoice.voice.service.WrittenText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Young people shape a version while it is open for ideas: new wording, a new commitment, a
 * comment (all screened and checked like a view, through the voice feature), how much a commitment
 * matters, and backing others' suggestions once each. Workers take suggestions into the next draft
 * or say why not; young people see what became of each.
 */
@Service
public class PledgeSuggestionService {

    /** A comment may say as much as a view. */
    static final int MAX_COMMENT = ContributionService.MAX_TEXT;

    private final PledgeRecords records;
    private final PledgeFeedback feedback;
    private final PledgeVersionRepository versions;
    private final PledgeSectionRepository sections;
    private final CommitmentRepository commitments;
    private final SuggestionRepository suggestions;
    private final SuggestionSupportRepository supports;
    private final CommitmentRatingRepository ratings;
    private final ContributionService contributions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PledgeSuggestionService(PledgeRecords records, PledgeFeedback feedback, PledgeVersionRepository versions, PledgeSectionRepository sections, CommitmentRepository commitments,
            SuggestionRepository suggestions, SuggestionSupportRepository supports, CommitmentRatingRepository ratings,
            ContributionService contributions, CurrentUser currentUser, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.records = records;
        this.feedback = feedback;
        this.versions = versions;
        this.sections = sections;
        this.commitments = commitments;
        this.suggestions = suggestions;
        this.supports = supports;
        this.ratings = ratings;
        this.contributions = contributions;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // --- young people -----------------------------------------------------------------------

    /** The versions open for this young person's ideas today, with what others said once checked. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public List<VersionFeedback> openForMe() {
        SignedInUser me = currentUser.require();
        LocalDate today = records.today();
        return versions.findByStatusIn(List.of(VersionStatus.OPEN)).stream()
                .filter(v -> v.takesIdeasOn(today) && v.getAudience().includes(me.role()))
                .map(v -> feedback.of(v, me.accountId())).toList();
    }

    /** Suggests new wording for a commitment; returns the suggestion's id. Sending twice with one key stores it once. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    public long suggestWording(long commitmentId, String text, boolean showName, String submissionKey) {
        return make(SuggestionKind.WORDING, commitmentId, text, showName, submissionKey);
    }

    /** Suggests a new commitment for a section; returns the suggestion's id. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    public long suggestCommitment(long sectionId, String text, boolean showName, String submissionKey) {
        return make(SuggestionKind.NEW_COMMITMENT, sectionId, text, showName, submissionKey);
    }

    /** Comments on a commitment; returns the comment's id. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    public long comment(long commitmentId, String text, boolean showName, String submissionKey) {
        return make(SuggestionKind.COMMENT, commitmentId, text, showName, submissionKey);
    }

    private record Target(long versionId, @Nullable Long commitmentId, @Nullable Long sectionId) {
    }

    private long make(SuggestionKind kind, long subjectId, String text, boolean showName, String submissionKey) {
        SignedInUser me = currentUser.require();
        String words = PledgeRecords.required(text, kind == SuggestionKind.COMMENT ? MAX_COMMENT
                : PledgeRecords.MAX_COMMITMENT, kind == SuggestionKind.COMMENT ? "pledges.commentNeeded"
                : "pledges.suggestionNeeded");
        Target target = transactions.execute(status -> target(kind, subjectId, me));
        if (target == null) {
            throw new UserFacingException("pledges.gone");
        }
        long contributionId = contributions.submitAbout(PledgeFeedback.about(kind), target.versionId(), words,
                showName, submissionKey);
        Long id = transactions.execute(status -> suggestions.findByContributionId(contributionId)
                .orElseGet(() -> {
                    Instant now = clock.instant();
                    Suggestion made = suggestions.save(new Suggestion(target.versionId(), target.commitmentId(),
                            target.sectionId(), kind, contributionId, me.accountId(), now));
                    events.publishEvent(new TookPart(me.accountId(), TookPart.Kind.SHAPED_PLEDGE, now));
                    return made;
                }).requireId());
        return id == null ? 0 : id;
    }

    private Target target(SuggestionKind kind, long subjectId, SignedInUser me) {
        if (kind == SuggestionKind.NEW_COMMITMENT) {
            PledgeSection section = sections.findById(subjectId)
                    .orElseThrow(() -> new UserFacingException("pledges.gone"));
            openTo(records.version(section.getVersionId()), me);
            return new Target(section.getVersionId(), null, subjectId);
        }
        Commitment commitment = records.commitment(subjectId);
        openTo(records.version(commitment.getVersionId()), me);
        return new Target(commitment.getVersionId(), subjectId, commitment.getSectionId());
    }

    private void openTo(PledgeVersion version, SignedInUser me) {
        if (!version.takesIdeasOn(records.today())) {
            throw new UserFacingException("pledges.closed");
        }
        if (!version.getAudience().includes(me.role())) {
            throw new UserFacingException("pledges.notForYou");
        }
    }

    /** Says how much a commitment matters (1 to 3); saying again changes it. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional
    public void rate(long commitmentId, int score) {
        SignedInUser me = currentUser.require();
        if (score < CommitmentRating.LEAST || score > CommitmentRating.MOST) {
            throw new UserFacingException("pledges.scoreNeeded");
        }
        Commitment commitment = records.commitment(commitmentId);
        openTo(records.version(commitment.getVersionId()), me);
        ratings.findByCommitmentIdAndAccountId(commitmentId, me.accountId()).ifPresentOrElse(
                r -> r.rate(score, clock.instant()),
                () -> ratings.save(new CommitmentRating(commitmentId, me.accountId(), score, clock.instant())));
    }

    /** Backs someone else's checked suggestion, once; returns how many back it now. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional
    public long support(long suggestionId) {
        SignedInUser me = currentUser.require();
        Suggestion suggestion = suggestions.findById(suggestionId)
                .orElseThrow(() -> new UserFacingException("pledges.gone"));
        if (suggestion.getKind() == SuggestionKind.COMMENT) {
            throw new UserFacingException("pledges.onlySuggestions");
        }
        PledgeVersion version = records.version(suggestion.getVersionId());
        openTo(version, me);
        if (!feedback.checkedWords(List.of(version.requireId())).containsKey(suggestion.getContributionId())) {
            throw new UserFacingException("pledges.gone");
        }
        if (Long.valueOf(me.accountId()).equals(suggestion.getAuthorId())) {
            throw new UserFacingException("pledges.ownSuggestion");
        }
        if (supports.existsBySuggestionIdAndAccountId(suggestionId, me.accountId())) {
            throw new UserFacingException("pledges.alreadySupported");
        }
        try {
            supports.saveAndFlush(new SuggestionSupport(suggestionId, me.accountId(), clock.instant()));
        } catch (DataIntegrityViolationException atTheSameMoment) {
            throw new UserFacingException("pledges.alreadySupported");
        }
        return supports.countBySuggestion(List.of(suggestionId)).stream().mapToLong(r -> ((Number) r[1]).longValue())
                .sum();
    }

    /** The young person's own suggestions and comments, newest first, with what became of each. */
    @RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
    @Transactional(readOnly = true)
    public List<MySuggestion> mine() {
        long me = currentUser.require().accountId();
        List<Suggestion> own = suggestions.findByAuthorIdOrderByMadeAtDescIdDesc(me);
        if (own.isEmpty()) {
            return List.of();
        }
        Set<Long> versionIds = own.stream().map(Suggestion::getVersionId).collect(Collectors.toSet());
        Map<Long, MyContribution> words = new HashMap<>();
        for (WrittenAbout about : List.of(WrittenAbout.PLEDGE_SUGGESTION, WrittenAbout.PLEDGE_COMMENT)) {
            contributions.mineAbout(about, versionIds).forEach(c -> words.put(c.id(), c));
        }
        Map<Long, Long> counts = new HashMap<>();
        supports.countBySuggestion(own.stream().map(Suggestion::requireId).toList())
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        Map<Long, PledgeVersion> byId = new HashMap<>();
        versions.findAllById(versionIds).forEach(v -> byId.put(v.requireId(), v));
        List<MySuggestion> out = new ArrayList<>();
        for (Suggestion s : own) {
            MyContribution written = words.get(s.getContributionId());
            PledgeVersion version = byId.get(s.getVersionId());
            if (written == null || version == null) {
                continue;
            }
            MySuggestion.Stage stage = stage(s, written);
            String reasonKey = null;
            String reasonWords = s.getOutcomeReason();
            if (stage == MySuggestion.Stage.NOT_SHARED && written.reasonKind() != null) {
                reasonKey = written.reasonKind() == NotSharedReason.OTHER ? null : written.reasonKind().messageKey();
                reasonWords = written.reason();
            }
            out.add(new MySuggestion(s.requireId(), records.document(version.getDocumentId()).getTitle(),
                    version.getNumber(), s.getKind(), written.text(), stage, reasonKey, reasonWords, s.getTextAfter(),
                    counts.getOrDefault(s.requireId(), 0L), s.getMadeAt()));
        }
        return out;
    }

    private static MySuggestion.Stage stage(Suggestion s, MyContribution written) {
        if (written.status() == ContributionStatus.WAITING) {
            return MySuggestion.Stage.BEING_CHECKED;
        }
        if (written.status() != ContributionStatus.APPROVED) {
            return MySuggestion.Stage.NOT_SHARED;
        }
        if (s.getKind() == SuggestionKind.COMMENT) {
            return MySuggestion.Stage.COMMENT_READ;
        }
        SuggestionOutcome outcome = s.getOutcome();
        if (outcome == null) {
            return MySuggestion.Stage.WAITING_FOR_DECISION;
        }
        return switch (outcome) {
            case TAKEN_IN -> MySuggestion.Stage.TAKEN_IN;
            case TAKEN_IN_CHANGED -> MySuggestion.Stage.TAKEN_IN_CHANGED;
            case NOT_TAKEN -> MySuggestion.Stage.NOT_TAKEN;
        };
    }

    // --- participation workers ----------------------------------------------------------------

    /** A version with the checked suggestions per commitment, their backing and how much each matters. */
    @RolesAllowed({Roles.WORKER, Roles.BOARD})
    @Transactional(readOnly = true)
    public VersionFeedback feedback(long versionId) {
        return feedback.of(records.version(versionId), null);
    }

    /**
     * Takes a checked suggestion into the document's next draft with the worker's wording (the
     * suggestion's own words, or changed). The draft is prepared if there is none yet.
     */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public long accept(long suggestionId, long expectedLock, String wording) {
        Suggestion suggestion = undecided(suggestionId, expectedLock);
        PledgeVersion open = records.version(suggestion.getVersionId());
        WrittenText written = feedback.checkedWords(List.of(open.requireId())).get(suggestion.getContributionId());
        if (written == null) {
            throw new UserFacingException("pledges.notChecked");
        }
        String words = PledgeRecords.required(wording, PledgeRecords.MAX_COMMITMENT, "pledges.commitmentNeeded");
        PledgeVersion draft = records.nextDraft(open.getDocumentId());
        List<Commitment> inDraft = commitments.findByVersionIdOrderByPositionAscIdAsc(draft.requireId());
        Commitment target;
        String before = null;
        if (suggestion.getKind() == SuggestionKind.WORDING) {
            String thread = records.commitment(requireId(suggestion.getCommitmentId())).getThreadKey();
            target = inDraft.stream().filter(c -> c.getThreadKey().equals(thread)).findFirst()
                    .orElseThrow(() -> new UserFacingException("pledges.notInDraft"));
            before = target.getText();
            target.reword(words, target.getExplanation());
        } else {
            target = commitments.save(newCommitmentIn(draft, suggestion, words));
        }
        suggestion.takeIn(currentUser.require().accountId(), draft.requireId(), target.requireId(), before, words,
                words.equals(written.text()), clock.instant());
        draft.touch(clock.instant());
        records.note(open.getDocumentId(), draft.getNumber(), "SUGGESTION_TAKEN_IN",
                (before == null ? "" : before + " → ") + words);
        flush();
        return draft.requireId();
    }

    private Commitment newCommitmentIn(PledgeVersion draft, Suggestion suggestion, String words) {
        List<PledgeSection> draftSections = sections.findByVersionIdOrderByPositionAscIdAsc(draft.requireId());
        String thread = suggestion.getSectionId() == null ? null
                : sections.findById(suggestion.getSectionId()).map(PledgeSection::getThreadKey).orElse(null);
        PledgeSection section = draftSections.stream().filter(s -> s.getThreadKey().equals(thread)).findFirst()
                .orElseGet(() -> draftSections.isEmpty() ? null : draftSections.getLast());
        if (section == null) {
            throw new UserFacingException("pledges.notInDraft");
        }
        return new Commitment(draft.requireId(), section.requireId(), java.util.UUID.randomUUID().toString(),
                commitments.findBySectionIdOrderByPositionAscIdAsc(section.requireId()).size() + 1, words, null);
    }

    /** Says why a suggestion is not taken in; the young person reads the reason. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void decline(long suggestionId, long expectedLock, String reason) {
        Suggestion suggestion = undecided(suggestionId, expectedLock);
        String why = PledgeRecords.required(reason, PledgeRecords.MAX_REASON, "pledges.reasonNeeded");
        suggestion.decline(currentUser.require().accountId(), why, clock.instant());
        PledgeVersion version = records.version(suggestion.getVersionId());
        records.note(version.getDocumentId(), version.getNumber(), "SUGGESTION_NOT_TAKEN", why);
        flush();
    }

    private Suggestion undecided(long suggestionId, long expectedLock) {
        Suggestion suggestion = suggestions.findById(suggestionId)
                .orElseThrow(() -> new UserFacingException("pledges.gone"));
        if (suggestion.getKind() == SuggestionKind.COMMENT) {
            throw new UserFacingException("pledges.onlySuggestions");
        }
        if (suggestion.getOutcome() != null) {
            throw new UserFacingException("pledges.alreadyDecided");
        }
        if (suggestion.getVersion() != expectedLock) {
            throw new PledgeConflict();
        }
        return suggestion;
    }

    private void flush() {
        try {
            suggestions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new PledgeConflict();
        }
    }

    private static long requireId(@Nullable Long id) {
        if (id == null) {
            throw new UserFacingException("pledges.gone");
        }
        return id;
    }
}
