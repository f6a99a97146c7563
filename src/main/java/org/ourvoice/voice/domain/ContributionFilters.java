package org.ourvoice.voice.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Queries of views built with only the conditions a filter asks for, so that the database can
 * answer an unfiltered count from its index alone (a condition like "no age band chosen, or this
 * one" would make it read every row).
 */
public final class ContributionFilters {

    private ContributionFilters() {
    }

    /** Views waiting for a worker, narrowed by flags, age band and theme where given. */
    public static Specification<Contribution> waiting(boolean urgentOnly, boolean personalOnly, boolean talkOnly,
            @Nullable String ageBand, @Nullable Long themeId) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), ContributionStatus.WAITING));
            if (urgentOnly) {
                where.add(cb.isTrue(root.get("urgent")));
            }
            if (personalOnly) {
                where.add(cb.isTrue(root.get("personalInfo")));
            }
            if (talkOnly) {
                where.add(cb.isTrue(root.get("wantsToTalk")));
            }
            if (ageBand != null) {
                where.add(cb.equal(root.get("ageBand"), ageBand));
            }
            if (themeId != null) {
                where.add(aboutTheme(root, query, cb, themeId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Views shared with the board, narrowed by theme, quotes, feeling and the months sent where given. */
    public static Specification<Contribution> shared(@Nullable Long themeId, boolean quotesOnly, @Nullable Mood mood,
            @Nullable LocalDate fromMonth, @Nullable LocalDate toMonth) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), ContributionStatus.APPROVED));
            if (themeId != null) {
                where.add(aboutTheme(root, query, cb, themeId));
            }
            if (quotesOnly) {
                where.add(cb.isTrue(root.get("quote")));
            }
            if (mood != null) {
                where.add(cb.equal(root.get("mood"), mood));
            }
            if (fromMonth != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedMonth"), fromMonth));
            }
            if (toMonth != null) {
                where.add(cb.lessThanOrEqualTo(root.get("submittedMonth"), toMonth));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Predicate aboutTheme(jakarta.persistence.criteria.Root<Contribution> root,
            jakarta.persistence.criteria.@Nullable CriteriaQuery<?> query,
            jakarta.persistence.criteria.CriteriaBuilder cb, long themeId) {
        if (query == null) {
            throw new IllegalStateException("A theme filter needs a query");
        }
        Subquery<Long> tagged = query.subquery(Long.class);
        var inner = tagged.from(Contribution.class);
        Join<Contribution, Long> themes = inner.join("themeIds");
        tagged.select(inner.get("id")).where(cb.equal(inner.get("id"), root.get("id")), cb.equal(themes, themeId));
        return cb.exists(tagged);
    }
}
