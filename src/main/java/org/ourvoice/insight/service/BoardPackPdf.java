package org.ourvoice.insight.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Prints a {@link BoardPackDocument} as an A4 PDF: the meeting and period at the top, the summary,
 * each chart with its description and its table of figures, the chosen quotes and any further
 * sections, with every page numbered.
 */
public final class BoardPackPdf {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MEETING_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MADE_AT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(LONDON);
    private static final NumberFormat FIGURE = NumberFormat.getIntegerInstance(Locale.UK);

    /** Charts are laid out this many pixels wide, as on a wide screen, then scaled to the page. */
    private static final int CHART_WIDTH = 620;
    /** Drawn this many times larger than laid out, for sharp print (about 190 dots per inch). */
    private static final double CHART_SCALE = 2;

    /** The narrowest a table's first column gets, in points. */
    private static final float CATEGORY_COLUMN = 70;

    private static final PdfPages.Style TITLE = new PdfPages.Style(true, 22, 28, PdfPages.INK);
    private static final PdfPages.Style SUBTITLE = new PdfPages.Style(false, 14, 19, PdfPages.INK);
    private static final PdfPages.Style HEADING = new PdfPages.Style(true, 15, 20, PdfPages.INK);
    private static final PdfPages.Style BODY = new PdfPages.Style(false, 11, 15, PdfPages.INK);
    private static final PdfPages.Style NOTE = new PdfPages.Style(false, 10, 13.5f, PdfPages.MUTED);
    private static final PdfPages.Style TABLE_HEAD = new PdfPages.Style(true, 9.5f, 12.5f, PdfPages.INK);
    private static final PdfPages.Style TABLE_BODY = new PdfPages.Style(false, 9.5f, 12.5f, PdfPages.INK);

    private BoardPackPdf() {
    }

    public static byte[] write(BoardPackDocument doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            describe(pdf, doc);
            try (PdfPages pages = new PdfPages(pdf, doc.labels().page())) {
                header(pages, doc);
                for (ChartSpec chart : doc.charts()) {
                    chart(pages, chart, doc.labels());
                }
                quotes(pages, doc);
                for (BoardPackDocument.Section section : doc.sections()) {
                    section(pages, section);
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the board pack", e);
        }
    }

    private static void describe(PDDocument pdf, BoardPackDocument doc) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(doc.title());
        info.setCreator("OurVoice");
        info.setCreationDate(GregorianCalendar.from(doc.madeAt().atZone(LONDON)));
        pdf.getDocumentCatalog().setLanguage("en-GB");
        // viewers show the title rather than the file name
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static void header(PdfPages pages, BoardPackDocument doc) throws IOException {
        pages.paragraph(doc.title(), TITLE, 0);
        pages.gap(4);
        pages.paragraph(MEETING_DATE.format(doc.meetingDate()), SUBTITLE, 0);
        pages.paragraph(doc.periodText(), BODY, 0);
        pages.paragraph(doc.labels().madeOn() + " " + MADE_AT.format(doc.madeAt()), NOTE, 0);
        pages.gap(6);
        pages.rule();
        pages.gap(6);
        for (String line : doc.summary()) {
            pages.paragraph(line, BODY, 0);
            pages.gap(4);
        }
    }

    private static void chart(PdfPages pages, ChartSpec chart, BoardPackDocument.Labels labels) throws IOException {
        float pointsPerPixel = PdfPages.WIDTH / CHART_WIDTH;
        float titleHeight = pages.height(chart.title(), HEADING, PdfPages.WIDTH);
        int height = Math.min(ChartRenderer.suggestedHeight(chart, CHART_WIDTH),
                (int) ((PdfPages.HEIGHT - titleHeight - 12) / pointsPerPixel));
        BufferedImage image = ChartRenderer.image(chart, CHART_WIDTH, height, CHART_SCALE);

        pages.gap(16);
        pages.keep(titleHeight + 6 + height * pointsPerPixel);
        pages.paragraph(chart.title(), HEADING, 0);
        pages.gap(6);
        pages.image(image, PdfPages.WIDTH, height * pointsPerPixel);
        pages.gap(6);
        pages.paragraph(chart.description(), NOTE, 0);
        pages.gap(8);
        figures(pages, chart, labels);
    }

    /** The chart's figures as a table: a row per category, a column per series. */
    private static void figures(PdfPages pages, ChartSpec chart, BoardPackDocument.Labels labels) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(chart.categoryLabel());
        chart.series().forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (int r = 0; r < chart.categories().size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(r));
            for (ChartSpec.Series series : chart.series()) {
                Long value = series.values().get(r);
                row.add(value == null ? labels.heldBack() : FIGURE.format(value));
            }
            figures.addAll(row.subList(1, row.size()));
            rows.add(row);
        }

        // figures on one line if they can be; the category column as wide as its longest name, within
        // limits; the figure columns share the rest
        int columns = header.size();
        float figureWidth = pages.widestCell(figures, TABLE_BODY);
        float wanted = Math.max(pages.widestCell(chart.categories(), TABLE_BODY),
                pages.widestCell(List.of(chart.categoryLabel()), TABLE_HEAD));
        float most = Math.max(CATEGORY_COLUMN,
                Math.min(PdfPages.WIDTH / 2, PdfPages.WIDTH - (columns - 1) * figureWidth));
        float[] widths = new float[columns];
        widths[0] = Math.clamp(wanted, CATEGORY_COLUMN, most);
        Arrays.fill(widths, 1, columns, (PdfPages.WIDTH - widths[0]) / Math.max(1, columns - 1));
        boolean[] numeric = new boolean[columns];
        Arrays.fill(numeric, 1, columns, true);
        pages.table(header, rows, widths, numeric, TABLE_HEAD, TABLE_BODY);
    }

    private static void quotes(PdfPages pages, BoardPackDocument doc) throws IOException {
        BoardPackDocument.Labels labels = doc.labels();
        pages.gap(16);
        pages.keep(HEADING.leading() + 3 * BODY.leading());
        pages.paragraph(labels.quotesHeading(), HEADING, 0);
        pages.gap(6);
        if (doc.quotes().isEmpty()) {
            pages.paragraph(labels.noQuotes(), BODY, 0);
        }
        for (BoardPackDocument.Quote quote : doc.quotes()) {
            String words = "\u201C" + quote.text().strip() + "\u201D";
            String name = quote.name();
            String note = quote.about() + " \u2014 " + (name == null || name.isBlank() ? labels.anonymous() : name)
                    + " \u2014 " + quote.when();
            float height = pages.quoteHeight(words, BODY) + 2 + pages.quoteHeight(note, NOTE);
            if (height < PdfPages.HEIGHT / 3) {
                // a short quote stays on one page with the words saying whose it is
                pages.keep(height);
            }
            pages.quote(words, BODY);
            pages.gap(2);
            pages.quoteNote(note, NOTE);
            pages.gap(10);
        }
    }

    private static void section(PdfPages pages, BoardPackDocument.Section section) throws IOException {
        pages.gap(16);
        pages.keep(HEADING.leading() + 2 * BODY.leading());
        pages.paragraph(section.title(), HEADING, 0);
        pages.gap(6);
        for (String line : section.lines()) {
            pages.bullet(line, BODY);
            pages.gap(3);
        }
    }
}
