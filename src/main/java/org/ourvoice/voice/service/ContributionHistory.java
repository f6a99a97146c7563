package org.ourvoice.voice.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.security.Role;
import org.ourvoice.voice.domain.ContributionRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wrote what kind of thing when, without the words: for features that count taking part from
 * what was written before they existed (the engagement figures). Not for screens.
 */
@Component
public class ContributionHistory {

    /** One piece of writing: its author's profile then, what it was about (null for a view) and when. */
    public record Written(long id, long authorId, Role authorRole, @Nullable String ageBand,
            @Nullable Boolean livesInCounty, @Nullable WrittenAbout about, Instant submittedAt) {
    }

    private final ContributionRepository contributions;

    ContributionHistory(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    /** Writing by accounts that still exist, after the given id, oldest first. */
    @Transactional(readOnly = true)
    public List<Written> after(long afterId, int limit) {
        return contributions.findByIdGreaterThanAndAuthorIdIsNotNullOrderByIdAsc(afterId, PageRequest.of(0, limit))
                .stream()
                .map(c -> new Written(c.requireId(), c.getAuthorId() == null ? 0 : c.getAuthorId(), c.getAuthorRole(),
                        c.getAgeBand(), c.getLivesInCounty(),
                        c.getAbout() == null ? null : WrittenAbout.valueOf(c.getAbout()), c.getSubmittedAt()))
                .toList();
    }
}
