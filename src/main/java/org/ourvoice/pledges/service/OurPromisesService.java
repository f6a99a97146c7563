package org.ourvoice.pledges.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.pledges.domain.Commitment;
import org.ourvoice.pledges.domain.CommitmentRatingRepository;
import org.ourvoice.pledges.domain.CommitmentRepository;
import org.ourvoice.pledges.domain.PledgeVersion;
import org.ourvoice.pledges.domain.PledgeVersionRepository;
import org.ourvoice.pledges.domain.Suggestion;
import org.ourvoice.pledges.domain.SuggestionOutcome;
import org.ourvoice.pledges.domain.SuggestionRepository;
import org.ourvoice.pledges.domain.SuggestionSupportRepository;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.security.Roles;
import org.ourvoice.voice.service.WrittenText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Our promises": the adopted version of each document, and the young people who shaped it:
 * named where they chose to be, otherwise counted, with the suggestions that changed what.
 */
@Service
public class OurPromisesService {

    private final PledgeRecords records;
    private final PledgeFeedback feedback;
    private final PledgeVersionRepository versions;
    private final CommitmentRepository commitments;
    private final SuggestionRepository suggestions;
    private final SuggestionSupportRepository supports;
    private final CommitmentRatingRepository ratings;

    OurPromisesService(PledgeRecords records, PledgeFeedback feedback, PledgeVersionRepository versions,
            CommitmentRepository commitments, SuggestionRepository suggestions, SuggestionSupportRepository supports,
            CommitmentRatingRepository ratings) {
        this.records = records;
        this.feedback = feedback;
        this.versions = versions;
        this.commitments = commitments;
        this.suggestions = suggestions;
        this.supports = supports;
        this.ratings = ratings;
    }

    /** Every document's adopted version, with its credits. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AdoptedPromises> ourPromises() {
        return versions.findByStatusIn(List.of(VersionStatus.ADOPTED)).stream()
                .sorted(Comparator.comparing(PledgeVersion::getDocumentId))
                .map(v -> new AdoptedPromises(records.detail(v), credits(v))).toList();
    }

    /** An adopted (or since replaced) version with who shaped it. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public AdoptedPromises adopted(long versionId) {
        PledgeVersion version = records.version(versionId);
        if (version.getAdoptedOn() == null) {
            throw new UserFacingException("pledges.notAdopted");
        }
        return new AdoptedPromises(records.detail(version), credits(version));
    }

    /**
     * The young people who shaped the version: everyone whose checked suggestion or comment, backing
     * or rating was on a version since the last one adopted before it, and the suggestions taken in.
     */
    Credits credits(PledgeVersion adopted) {
        List<PledgeVersion> all = versions.findByDocumentIdOrderByNumberDesc(adopted.getDocumentId());
        int previous = all.stream().filter(v -> v.getNumber() < adopted.getNumber() && v.getAdoptedOn() != null)
                .mapToInt(PledgeVersion::getNumber).max().orElse(0);
        List<Long> range = all.stream().filter(v -> v.getNumber() > previous && v.getNumber() <= adopted.getNumber())
                .map(PledgeVersion::requireId).toList();
        Map<Long, WrittenText> words = feedback.checkedWords(range);
        List<Suggestion> made = suggestions.findByVersionIdInOrderByMadeAtAscIdAsc(range).stream()
                .filter(s -> words.containsKey(s.getContributionId())).toList();
        Set<Long> people = new HashSet<>();
        Map<Long, String> named = new HashMap<>();
        for (Suggestion s : made) {
            Long author = s.getAuthorId();
            if (author != null) {
                people.add(author);
                String name = words.get(s.getContributionId()).authorName();
                if (name != null) {
                    named.put(author, name);
                }
            }
        }
        List<Long> madeIds = made.stream().map(Suggestion::requireId).toList();
        if (!madeIds.isEmpty()) {
            people.addAll(supports.supporters(madeIds));
        }
        List<Long> commitmentIds = new ArrayList<>();
        range.forEach(v -> commitments.findByVersionIdOrderByPositionAscIdAsc(v)
                .forEach(c -> commitmentIds.add(c.requireId())));
        if (!commitmentIds.isEmpty()) {
            people.addAll(ratings.raters(commitmentIds));
        }
        Map<String, Integer> numbers = new HashMap<>();
        records.detail(adopted).commitments().forEach(c -> numbers.put(c.threadKey(), c.number()));
        List<Credits.ChangeMade> changes = new ArrayList<>();
        for (Suggestion s : made) {
            SuggestionOutcome outcome = s.getOutcome();
            if (outcome == null || outcome == SuggestionOutcome.NOT_TAKEN || s.getTakenIntoVersionId() == null
                    || !range.contains(s.getTakenIntoVersionId()) || s.getTextAfter() == null) {
                continue;
            }
            Integer number = s.getTakenIntoCommitmentId() == null ? null : commitments
                    .findById(s.getTakenIntoCommitmentId()).map(Commitment::getThreadKey).map(numbers::get).orElse(null);
            changes.add(new Credits.ChangeMade(s.getKind(), outcome, number, words.get(s.getContributionId()).text(),
                    s.getTextBefore(), s.getTextAfter()));
        }
        return new Credits(List.copyOf(new TreeSet<>(named.values())), people.size() - named.size(), changes);
    }
}
