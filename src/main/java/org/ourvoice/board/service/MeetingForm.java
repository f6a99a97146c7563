package org.ourvoice.board.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a meeting form holds: the date and the place. */
public record MeetingForm(@Nullable LocalDate meetsOn, String place) {
}
