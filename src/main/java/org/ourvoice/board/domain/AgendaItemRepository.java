package org.ourvoice.board.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(long meetingId);

    long countByMeetingId(long meetingId);
}
