package org.ourvoice.pledges.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourvoice.common.PersonalDataHolder;
import org.ourvoice.pledges.domain.CommitmentRatingRepository;
import org.ourvoice.pledges.domain.Suggestion;
import org.ourvoice.pledges.domain.SuggestionRepository;
import org.ourvoice.pledges.domain.SuggestionSupportRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The young person's part in shaping our promises, for "My data" (their words are with their
 * views); erasure removes the link to them, and without keeping, what was not yet decided.
 */
@Component
class PledgePersonalData implements PersonalDataHolder {

    private final SuggestionRepository suggestions;
    private final SuggestionSupportRepository supports;
    private final CommitmentRatingRepository ratings;

    PledgePersonalData(SuggestionRepository suggestions, SuggestionSupportRepository supports,
            CommitmentRatingRepository ratings) {
        this.suggestions = suggestions;
        this.supports = supports;
        this.ratings = ratings;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.pledges";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Suggestion s : suggestions.findByAuthorIdOrderByMadeAtDescIdDesc(accountId)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("made", s.getMadeAt().toString());
            row.put("kind", s.getKind().name());
            row.put("what became of it", s.getOutcome() == null ? "" : s.getOutcome().name());
            row.put("reason", s.getOutcomeReason() == null ? "" : s.getOutcomeReason());
            row.put("taken in as", s.getTextAfter() == null ? "" : s.getTextAfter());
            rows.add(row);
        }
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("ideas you backed", Long.toString(supports.countByAccountId(accountId)));
        counts.put("promises you said matter", Long.toString(ratings.countByAccountId(accountId)));
        rows.add(counts);
        return rows;
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        if (keepAnonymised) {
            supports.anonymise(accountId);
            ratings.anonymise(accountId);
        } else {
            supports.deleteByAccount(accountId);
            ratings.deleteByAccount(accountId);
            suggestions.deleteUndecidedByAuthor(accountId);
        }
        suggestions.anonymiseAuthor(accountId);
    }
}
