package org.ourvoice.pledges.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.CommitmentRating;
import org.ourvoice.pledges.domain.CommitmentRatingRepository;
import org.ourvoice.pledges.domain.PledgeVersion;
import org.ourvoice.pledges.domain.Suggestion;
import org.ourvoice.pledges.domain.SuggestionKind;
import org.ourvoice.pledges.domain.SuggestionRepository;
import org.ourvoice.pledges.domain.SuggestionSupportRepository;
import org.ourvoice.voice.service.SharedViewService;
import org.ourvoice.voice.service.WrittenAbout;
import org.ourvoice.voice.service.WrittenText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a version together with what young people said about it. Only words a worker has checked
 * and shared are read, through the voice feature, which gives the redacted copy where there is one
 * and a name only where the young person chose it.
 */
@Component
class PledgeFeedback {

    private final PledgeRecords records;
    private final SuggestionRepository suggestions;
    private final SuggestionSupportRepository supports;
    private final CommitmentRatingRepository ratings;
    private final SharedViewService shared;

    PledgeFeedback(PledgeRecords records, SuggestionRepository suggestions, SuggestionSupportRepository supports,
            CommitmentRatingRepository ratings, SharedViewService shared) {
        this.records = records;
        this.suggestions = suggestions;
        this.supports = supports;
        this.ratings = ratings;
        this.shared = shared;
    }

    static WrittenAbout about(SuggestionKind kind) {
        return kind == SuggestionKind.COMMENT ? WrittenAbout.PLEDGE_COMMENT : WrittenAbout.PLEDGE_SUGGESTION;
    }

    /** The checked words of suggestions and comments about the versions, by contribution id. */
    Map<Long, WrittenText> checkedWords(Collection<Long> versionIds) {
        Map<Long, WrittenText> words = new HashMap<>();
        for (WrittenAbout about : List.of(WrittenAbout.PLEDGE_SUGGESTION, WrittenAbout.PLEDGE_COMMENT)) {
            shared.sharedAbout(about, versionIds).forEach(w -> words.put(w.contributionId(), w));
        }
        return words;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    VersionFeedback of(PledgeVersion version, @Nullable Long me) {
        VersionDetail detail = records.detail(version);
        Map<Long, WrittenText> words = checkedWords(List.of(version.requireId()));
        List<Suggestion> checked = suggestions.findByVersionIdInOrderByMadeAtAscIdAsc(List.of(version.requireId()))
                .stream().filter(s -> words.containsKey(s.getContributionId())).toList();
        List<Long> ids = checked.stream().map(Suggestion::requireId).toList();
        Map<Long, Long> counts = new HashMap<>();
        Set<Long> backedByMe = new HashSet<>();
        if (!ids.isEmpty()) {
            supports.countBySuggestion(ids).forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
            if (me != null) {
                backedByMe.addAll(supports.supportedBy(me, ids));
            }
        }
        List<SuggestionItem> items = checked.stream().map(s -> item(s, words.get(s.getContributionId()),
                counts.getOrDefault(s.requireId(), 0L), backedByMe.contains(s.requireId()),
                me != null && me.equals(s.getAuthorId()))).toList();

        List<Long> commitmentIds = detail.commitments().stream().map(CommitmentItem::id).toList();
        Map<Long, Object[]> summary = commitmentIds.isEmpty() ? Map.of()
                : ratings.summarise(commitmentIds).stream().collect(Collectors.toMap(r -> (Long) r[0],
                        Function.identity()));
        Map<Long, Integer> mine = me == null || commitmentIds.isEmpty() ? Map.of()
                : ratings.findByAccountIdAndCommitmentIdIn(me, commitmentIds).stream()
                        .collect(Collectors.toMap(CommitmentRating::getCommitmentId, CommitmentRating::getScore));
        List<CommitmentFeedback> perCommitment = new ArrayList<>();
        for (CommitmentItem c : detail.commitments()) {
            Object[] row = summary.get(c.id());
            perCommitment.add(new CommitmentFeedback(c, row == null ? 0 : ((Number) row[1]).longValue(),
                    row == null ? 0 : ((Number) row[2]).doubleValue(), mine.get(c.id()),
                    items.stream().filter(i -> i.kind() == SuggestionKind.WORDING
                            && Objects.equals(i.commitmentId(), c.id())).toList(),
                    items.stream().filter(i -> i.kind() == SuggestionKind.COMMENT
                            && Objects.equals(i.commitmentId(), c.id())).toList()));
        }
        return new VersionFeedback(detail, perCommitment,
                items.stream().filter(i -> i.kind() == SuggestionKind.NEW_COMMITMENT).toList());
    }

    static SuggestionItem item(Suggestion s, WrittenText words, long supportCount, boolean backed, boolean mine) {
        return new SuggestionItem(s.requireId(), s.getVersion(), s.getKind(), s.getCommitmentId(), s.getSectionId(),
                words.text(), words.authorName(), supportCount, backed, mine, s.getOutcome(), s.getOutcomeReason(),
                s.getTextAfter(), s.getMadeAt());
    }
}
