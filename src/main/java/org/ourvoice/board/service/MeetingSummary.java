package org.ourvoice.board.service;

import java.time.LocalDate;

/** A meeting in the list: when, where, how many agenda items and decisions. */
public record MeetingSummary(long id, long version, LocalDate meetsOn, String place, long agendaItems, long decisions) {
}
