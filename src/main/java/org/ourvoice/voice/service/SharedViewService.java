package org.ourvoice.voice.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.security.Roles;
import org.ourvoice.voice.domain.Contribution;
import org.ourvoice.voice.domain.ContributionCounts;
import org.ourvoice.voice.domain.ContributionFilters;
import org.ourvoice.voice.domain.ContributionRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views a participation worker has approved, as the board reads them: never one still waiting or
 * not shared, never the original of a redacted view, never a name the young person did not choose
 * to give.
 */
@Service
public class SharedViewService {

    private static final Sort SHARED_ORDER = Sort.by(Sort.Order.desc("decidedAt"), Sort.Order.desc("id"));

    private final ContributionRepository contributions;
    private final ContributionCounts counts;
    private final ContributionModeration moderation;
    private final AccountDirectory directory;
    private final AuditTrail audit;

    SharedViewService(ContributionRepository contributions, ContributionCounts counts,
            ContributionModeration moderation, AccountDirectory directory, AuditTrail audit) {
        this.contributions = contributions;
        this.counts = counts;
        this.moderation = moderation;
        this.directory = directory;
        this.audit = audit;
    }

    /** A participation worker marks a shared view as a quote for the board, or takes the mark away. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void chooseAsQuote(long contributionId, boolean chosen) {
        moderation.chooseAsQuote(contributionId, chosen);
        audit.record(chosen ? AuditAction.QUOTE_CHOSEN : AuditAction.QUOTE_REMOVED, "view " + contributionId, null);
    }

    /** Approved views, newest shared first, narrowed by the filter. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public List<SharedView> shared(SharedFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        Map<Long, String> names = new HashMap<>();
        return contributions.findBy(spec(filter), q -> q
                .slice(PageRequest.of(offset / size, size, SHARED_ORDER))).stream()
                .map(c -> new SharedView(c.requireId(), c.sharedText(), List.copyOf(c.getThemeIds()), c.getMood(),
                        chosenName(c, names), c.getDecidedAt() == null ? c.getSubmittedAt() : c.getDecidedAt(),
                        c.isQuote()))
                .toList();
    }

    /** When each view among the ids that is shared now was shared; reads only those two columns. */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public Map<Long, Instant> sharedAt(Collection<Long> ids) {
        Map<Long, Instant> at = new HashMap<>();
        List<Long> all = List.copyOf(Set.copyOf(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            contributions.findSharedAt(all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(row -> at.put(((Number) row[0]).longValue(), (Instant) row[1]));
        }
        return at;
    }

    /**
     * The number of shared views; for a filtered list, {@link SharedFilter#COUNT_CAP} + 1 means
     * "more than the cap".
     */
    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional(readOnly = true)
    public long countShared(SharedFilter filter) {
        return counts.shared(filter.themeId(), filter.quotesOnly(), filter.mood(), first(filter.from()),
                first(filter.to()), SharedFilter.COUNT_CAP);
    }

    /**
     * Approved writing about any of the given things (an answer to a response, a suggestion for a
     * pledge, feedback on an event), oldest first: the redacted copy where there is one, a name
     * only where the young person chose to give it.
     */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WrittenText> sharedAbout(WrittenAbout about, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        return contributions.findApprovedAbout(about.name(), Set.copyOf(subjectIds)).stream()
                .map(c -> new WrittenText(c.requireId(), c.getAboutId() == null ? 0 : c.getAboutId(), c.sharedText(),
                        chosenName(c, names), c.getDecidedAt() == null ? c.getSubmittedAt() : c.getDecidedAt()))
                .toList();
    }

    private static Specification<Contribution> spec(SharedFilter filter) {
        return ContributionFilters.shared(filter.themeId(), filter.quotesOnly(), filter.mood(), first(filter.from()),
                first(filter.to()));
    }

    private static @Nullable LocalDate first(@Nullable YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private @Nullable String chosenName(Contribution contribution, Map<Long, String> names) {
        Long author = contribution.getAuthorId();
        if (!contribution.isShowName() || author == null) {
            return null;
        }
        return names.computeIfAbsent(author, id -> directory.profile(id).map(Profile::displayName).orElse(null));
    }
}
