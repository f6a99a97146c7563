package org.ourvoice.board.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(long meetingId);

    long countByMeetingId(long meetingId);

    /** Agenda items counted per meeting, for the meetings given; a meeting with none is left out. */
    @Query("select a.meetingId, count(a) from AgendaItem a where a.meetingId in :meetingIds group by a.meetingId")
    List<Object[]> countByMeeting(@Param("meetingIds") Collection<Long> meetingIds);

    /** Gives every agenda item of one theme the other theme as well (once), for a merge. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into board_agenda_theme (agenda_item_id, theme_id)
            select agenda_item_id, :intoId from board_agenda_theme where theme_id = :fromId""")
    int copyTheme(@Param("fromId") long fromId, @Param("intoId") long intoId);

    @Modifying
    @Query(nativeQuery = true, value = "delete from board_agenda_theme where theme_id = :themeId")
    int dropTheme(@Param("themeId") long themeId);
}
