package org.ourvoice.board.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findAllByOrderByMeetsOnDescIdDesc(Pageable page);

    List<Meeting> findByMeetsOn(LocalDate meetsOn);
}
