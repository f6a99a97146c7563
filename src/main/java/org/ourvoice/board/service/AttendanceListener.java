package org.ourvoice.board.service;

import org.ourvoice.board.domain.Attendance;
import org.ourvoice.board.domain.AttendanceRepository;
import org.ourvoice.common.AttendedBoardMeeting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records that a young person came to the board meeting on a date, once however often it is reported. */
@Component
class AttendanceListener {

    private final AttendanceRepository attendance;

    AttendanceListener(AttendanceRepository attendance) {
        this.attendance = attendance;
    }

    @EventListener
    @Transactional
    public void on(AttendedBoardMeeting event) {
        if (!attendance.existsByAccountIdAndMeetingDate(event.accountId(), event.meetingDate())) {
            attendance.save(new Attendance(event.accountId(), event.meetingDate(), event.recordedAt()));
        }
    }
}
