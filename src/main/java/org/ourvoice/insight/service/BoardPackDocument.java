package org.ourvoice.insight.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a board pack holds, already in words: the meeting it is for, the period its figures
 * cover, the charts (each printed with its table of figures), quotes chosen by workers, and further
 * sections other features add (for example open actions).
 */
public record BoardPackDocument(String title, LocalDate meetingDate, String periodText, Instant madeAt,
        List<String> summary, List<ChartSpec> charts, List<Quote> quotes, List<Section> sections,
        Labels labels) {

    public BoardPackDocument {
        summary = List.copyOf(summary);
        charts = List.copyOf(charts);
        quotes = List.copyOf(quotes);
        sections = List.copyOf(sections);
    }

    /** A young person's words as shared, with what they were about and who (if they chose to be named). */
    public record Quote(String text, String about, @Nullable String name, String when) {
    }

    /** A titled list of lines, for what other features add to the pack. */
    public record Section(String title, List<String> lines) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** Fixed words the layout needs, translated. */
    public record Labels(String quotesHeading, String anonymous, String heldBack, String page, String madeOn,
            String noQuotes) {
    }
}
