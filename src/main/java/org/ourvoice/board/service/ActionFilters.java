package org.ourvoice.board.service;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ourvoice.board.domain.ActionStatus;
import org.ourvoice.board.domain.BoardAction;
import org.ourvoice.board.domain.Decision;
import org.springframework.data.jpa.domain.Specification;

/** The tracker's query, with only the conditions the filter asks for. */
final class ActionFilters {

    private ActionFilters() {
    }

    static Specification<BoardAction> of(ActionFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.ownerId() != null) {
                where.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.overdueOnly()) {
                where.add(root.get("status").in(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS));
                where.add(cb.lessThan(root.get("dueOn"), today));
            }
            if (filter.meetingId() != null || filter.themeId() != null) {
                Subquery<Long> decisions = query.subquery(Long.class);
                Root<Decision> d = decisions.from(Decision.class);
                List<Predicate> about = new ArrayList<>();
                if (filter.meetingId() != null) {
                    about.add(cb.equal(d.get("meetingId"), filter.meetingId()));
                }
                if (filter.themeId() != null) {
                    Join<Decision, Long> theme = d.join("themeIds");
                    about.add(cb.equal(theme, filter.themeId()));
                }
                decisions.select(d.get("id")).where(about.toArray(Predicate[]::new));
                where.add(root.get("decisionId").in(decisions));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
