package org.ourvoice.board.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    boolean existsByAccountIdAndMeetingDate(long accountId, LocalDate meetingDate);

    List<Attendance> findByMeetingDate(LocalDate meetingDate);

    List<Attendance> findByAccountId(long accountId);

    @Modifying
    @Query("delete from Attendance a where a.accountId = :accountId")
    int deleteByAccount(@Param("accountId") long accountId);
}
