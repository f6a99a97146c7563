package org.ourvoice.common;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the board did in answer to young people, for reports such as the participation report.
 * Implemented by the feature that records decisions and their responses; a report asks every
 * implementation present and shows nothing when there is none.
 */
public interface YouSaidWeDidHighlights {

    /** One published response: the theme it is about, what young people said and what was done. */
    record Highlight(String theme, String youSaid, String weDid, @Nullable LocalDate byWhen, LocalDate publishedOn) {}

    /** Responses published between the two dates (both included), newest first, at most {@code limit}. */
    List<Highlight> publishedBetween(LocalDate from, LocalDate to, int limit);
}
