package org.ourvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ourvoice.insight.service.BoardPackDocument;
import org.ourvoice.insight.service.BoardPackPdf;
import org.ourvoice.insight.service.ChartSpec;

/** The board pack prints as a PDF that opens, flows over pages and holds every part of the pack. */
class BoardPackPdfTest {

    static final String TITLE = "Corporate Parenting Board, 12 March 2026: what young people are telling us";
    static final BoardPackDocument.Labels LABELS = new BoardPackDocument.Labels("In their own words",
            "Anonymous", "fewer than 5", "Page", "Made on", "No quotes were chosen for this meeting.");

    @Test
    void aFullPackPrintsOnSeveralPagesWithEveryPart() throws IOException {
        byte[] pdf = BoardPackPdf.write(example());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("OurVoice");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(TITLE, "12 March 2026", "Made on 1 March 2026, 09:30",
                    "Views by theme", "How young people felt", "fewer than 5", "In their own words",
                    "More youth clubs please", "Anonymous", "Open actions", "Page 1", "Page 2",
                    "Page " + document.getNumberOfPages());
        }
    }

    @Test
    void withoutQuotesThePackSaysSo() throws IOException {
        BoardPackDocument full = example();
        BoardPackDocument none = new BoardPackDocument(full.title(), full.meetingDate(), full.periodText(),
                full.madeAt(), List.of(), List.of(), List.of(), List.of(), LABELS);

        try (PDDocument document = Loader.loadPDF(BoardPackPdf.write(none))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("No quotes were chosen for this meeting.", "Page 1");
        }
    }

    @Test
    void textTheFontCannotShowPrintsAsABoxInsteadOfFailing() throws IOException {
        BoardPackDocument full = example();
        BoardPackDocument odd = new BoardPackDocument("Pack 🚀 \u0007 \u202Eبورد", full.meetingDate(),
                "👨‍👩‍👧 ❤️ 👍🏽", full.madeAt(), List.of("Tab\there, bell \u0007, bidi \u202Emark"), List.of(),
                List.of(new BoardPackDocument.Quote("😀", "😀", "😀", "😀")),
                List.of(new BoardPackDocument.Section("𝕏 🎉", List.of("🎉"))), LABELS);

        try (PDDocument document = Loader.loadPDF(BoardPackPdf.write(odd))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Pack \u25A1", "\u25A1\u25A1\u25A1 \u2764 \u25A1", "Tab here");
        }
    }

    /**
     * A pack for a March meeting: the year's summary, three of the dashboard's charts, thirty quotes
     * (emoji, Arabic, one of 2 000 characters and one long unbroken string) and the open actions.
     */
    static BoardPackDocument example() {
        List<ChartSpec> charts = ChartRendererTest.examples();
        List<BoardPackDocument.Quote> quotes = new ArrayList<>();
        quotes.add(new BoardPackDocument.Quote("More youth clubs please", "Places to go and things to do", null,
                "January 2026"));
        quotes.add(new BoardPackDocument.Quote("The last bus home leaves at 6pm so I can't stay for football 😢🚌",
                "Getting around: buses, trains and cycling", "Sam", "February 2026"));
        quotes.add(new BoardPackDocument.Quote("أريد مكانًا آمنًا للدراسة بعد المدرسة", "School and learning", null,
                "February 2026"));
        String ending = " Please fix this.";
        quotes.add(new BoardPackDocument.Quote(("Waiting lists for counselling are far too long and nobody tells "
                + "you what to do while you wait. ").repeat(22).substring(0, 2000 - ending.length()).strip() + ending,
                "Mental health and wellbeing", "Alex", "December 2025"));
        quotes.add(new BoardPackDocument.Quote("A".repeat(300), "Housing", null, "November 2025"));
        while (quotes.size() < 30) {
            int n = quotes.size();
            quotes.add(new BoardPackDocument.Quote("Quote number " + n + ": the youth centre should open on Sundays "
                    + "as well, because weekends are the loneliest time. 👍", "Places to go and things to do",
                    n % 3 == 0 ? "Jordan" : null, "January 2026"));
        }
        assertThat(quotes.get(3).text()).hasSizeBetween(1990, 2000);
        return new BoardPackDocument(TITLE, LocalDate.of(2026, 3, 12), "Figures from March 2025 to February 2026",
                Instant.parse("2026-03-01T09:30:00Z"),
                List.of("335 views were shared in the year, up from 263 the year before.",
                        "Getting around rose most: 86 views, up from 52.",
                        "Small numbers (fewer than 5) are held back so that no one can be identified."),
                List.of(charts.get(0), charts.get(1), charts.get(2)), quotes,
                List.of(new BoardPackDocument.Section("Open actions", List.of(
                        "Ask the bus company about a later service on route 12 — owner: Priya, due 30 April 2026",
                        "Report back on counselling waiting times — owner: the health lead, due 31 May 2026"))),
                LABELS);
    }
}
