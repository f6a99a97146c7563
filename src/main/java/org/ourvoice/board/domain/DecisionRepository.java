package org.ourvoice.board.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByIdAsc(long meetingId);

    long countByMeetingId(long meetingId);

    /** Decisions counted per meeting, for the meetings given; a meeting with none is left out. */
    @Query("select d.meetingId, count(d) from Decision d where d.meetingId in :meetingIds group by d.meetingId")
    List<Object[]> countByMeeting(@Param("meetingIds") Collection<Long> meetingIds);

    List<Decision> findAllByOrderByRecordedAtDescIdDesc(Pageable page);

    /** A page of decisions, newest first; it knows whether more follow. */
    Slice<Decision> findSliceByOrderByRecordedAtDescIdDesc(Pageable page);

    /** A page of one meeting's decisions, in the order they were recorded. */
    Slice<Decision> findSliceByMeetingIdOrderByIdAsc(long meetingId, Pageable page);

    /** Decisions that answer any of the views. */
    @Query("select distinct d from Decision d join d.viewIds v where v in :viewIds")
    List<Decision> findAnswering(@Param("viewIds") Collection<Long> viewIds);

    /** Gives every decision of one theme the other theme as well (once), for a merge. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into board_decision_theme (decision_id, theme_id)
            select decision_id, :intoId from board_decision_theme where theme_id = :fromId""")
    int copyTheme(@Param("fromId") long fromId, @Param("intoId") long intoId);

    @Modifying
    @Query(nativeQuery = true, value = "delete from board_decision_theme where theme_id = :themeId")
    int dropTheme(@Param("themeId") long themeId);
}
