package org.ourvoice.board.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BoardActionRepository extends JpaRepository<BoardAction, Long>, JpaSpecificationExecutor<BoardAction> {

    List<BoardAction> findByDecisionIdOrderByDueOnAscIdAsc(long decisionId);

    List<BoardAction> findByDecisionIdInOrderByDueOnAscIdAsc(Collection<Long> decisionIds);

    @Query("""
            select a from BoardAction a where a.status in (org.ourvoice.board.domain.ActionStatus.NOT_STARTED,
                   org.ourvoice.board.domain.ActionStatus.IN_PROGRESS)
            order by a.dueOn, a.id""")
    List<BoardAction> findOpen();

    /** Open actions due on or before the day: the ones whose owners are reminded. */
    @Query("""
            select a from BoardAction a where a.status in (org.ourvoice.board.domain.ActionStatus.NOT_STARTED,
                   org.ourvoice.board.domain.ActionStatus.IN_PROGRESS) and a.dueOn <= :until
            order by a.dueOn, a.id""")
    List<BoardAction> findOpenDueBy(@Param("until") LocalDate until);

    @Query("""
            select count(a) from BoardAction a where a.status in (org.ourvoice.board.domain.ActionStatus.NOT_STARTED,
                   org.ourvoice.board.domain.ActionStatus.IN_PROGRESS)""")
    long countOpen();

    @Query("""
            select count(a) from BoardAction a where a.status in (org.ourvoice.board.domain.ActionStatus.NOT_STARTED,
                   org.ourvoice.board.domain.ActionStatus.IN_PROGRESS) and a.dueOn < :today""")
    long countOverdue(@Param("today") LocalDate today);
}
