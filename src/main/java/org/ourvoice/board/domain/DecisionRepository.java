package org.ourvoice.board.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByIdAsc(long meetingId);

    long countByMeetingId(long meetingId);

    List<Decision> findAllByOrderByRecordedAtDescIdDesc(Pageable page);

    /** Decisions that answer any of the views. */
    @Query("select distinct d from Decision d join d.viewIds v where v in :viewIds")
    List<Decision> findAnswering(@Param("viewIds") Collection<Long> viewIds);
}
