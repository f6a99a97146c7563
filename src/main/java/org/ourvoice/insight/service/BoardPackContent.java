package org.ourvoice.insight.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Implemented by features that add a section to the board pack (for example the board's open
 * actions). Called with the signed-in board member's or worker's rights.
 */
public interface BoardPackContent {

    List<BoardPackDocument.Section> sections(LocalDate meetingDate, Locale locale);
}
