package org.ourvoice.voice.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
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
            where.add(cb.isNull(root.get("about")));
            if (themeId != null) {
                where.add(aboutTheme(root, query, cb, themeId));
            }
            if (quotesOnly) {
                // an equality, not the bare column, so the database reads the quotes' own index
                where.add(cb.equal(root.get("quote"), true));
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

    /**
     * "Tagged with the theme", written as a count per view so that the database keeps reading the
     * list's index in order and stops after a page, instead of first gathering every view of the theme.
     */
    private static Predicate aboutTheme(Root<Contribution> root, @Nullable CriteriaQuery<?> query,
            CriteriaBuilder cb, long themeId) {
        if (query == null) {
            throw new IllegalStateException("A theme filter needs a query");
        }
        Subquery<Long> tagged = query.subquery(Long.class);
        Root<Contribution> inner = tagged.from(Contribution.class);
        Join<Contribution, Long> themes = inner.join("themeIds");
        tagged.select(cb.count(themes)).where(cb.equal(inner.get("id"), root.get("id")), cb.equal(themes, themeId));
        return cb.greaterThan(tagged, 0L);
    }
}
