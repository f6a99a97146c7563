package org.ourvoice.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a participation worker records that a young person came to a board meeting
 * through a seat offered to them, so the board's record of that meeting names them as attending.
 */
public record AttendedBoardMeeting(long accountId, LocalDate meetingDate, Instant recordedAt) {}
