package org.ourvoice.pledges.service;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;

/**
 * Prints an adopted version on A4: the title and date, who shaped it, each section as a heading
 * with its numbered commitments (explanations indented under them), what young people's ideas
 * changed, and a numbered foot on every page. Text is in the embedded DejaVu Sans; a character it
 * cannot print becomes a small box rather than failing the whole document.
 */
final class PromisesPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 14;
    private static final float NUMBER_INDENT = 26;
    private static final Color INK = new Color(0x1F1F1F);
    private static final Color MUTED = new Color(0x4D4D4D);
    private static final Color ACCENT = new Color(0x1A5E9A);

    private record Style(boolean bold, float size, float leading, Color colour) {
    }

    private static final Style TITLE = new Style(true, 24, 30, ACCENT);
    private static final Style SUBTITLE = new Style(false, 12, 17, MUTED);
    private static final Style HEADING = new Style(true, 15, 21, ACCENT);
    private static final Style BODY = new Style(false, 11.5f, 16, INK);
    private static final Style STRONG = new Style(true, 11.5f, 16, INK);
    private static final Style NOTE = new Style(false, 10, 14, MUTED);

    private final PDDocument pdf;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String pageLabel;
    private @Nullable PDPageContentStream content;
    private float y;
    private int pages;

    private PromisesPdf(PDDocument pdf, String pageLabel) throws IOException {
        this.pdf = pdf;
        this.regular = font(pdf, "/fonts/DejaVuSans.ttf");
        this.bold = font(pdf, "/fonts/DejaVuSans-Bold.ttf");
        this.pageLabel = pageLabel;
        newPage();
    }

    static byte[] write(PromisesDocument doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.getDocumentInformation().setTitle(doc.title());
            pdf.getDocumentInformation().setSubject(doc.subtitle());
            pdf.getDocumentInformation().setCreator("OurVoice");
            pdf.getDocumentCatalog().setLanguage(doc.languageTag());
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            pdf.getDocumentCatalog().setViewerPreferences(preferences);
            PromisesPdf pages = new PromisesPdf(pdf, doc.pageLabel());
            pages.body(doc);
            pages.finish();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the promises", e);
        }
    }

    private void body(PromisesDocument doc) throws IOException {
        paragraph(doc.title(), TITLE, 0);
        paragraph(doc.subtitle(), SUBTITLE, 0);
        paragraph(doc.madeOn(), NOTE, 0);
        gap(12);
        paragraph(doc.creditsHeading(), HEADING, 0);
        paragraph(doc.credits(), BODY, 0);
        for (SectionItem section : doc.sections()) {
            gap(14);
            keep(HEADING.leading() + 2 * BODY.leading());
            paragraph(section.title(), HEADING, 0);
            gap(2);
            for (CommitmentItem c : section.commitments()) {
                List<String> lines = lines(c.text(), STRONG, WIDTH - NUMBER_INDENT);
                keep(lines.size() * STRONG.leading());
                show(c.number() + ".", STRONG, MARGIN);
                for (String line : lines) {
                    show(line, STRONG, MARGIN + NUMBER_INDENT);
                    y -= STRONG.leading();
                }
                if (c.explanation() != null) {
                    paragraph(c.explanation(), BODY, NUMBER_INDENT);
                }
                gap(6);
            }
        }
        if (!doc.changes().isEmpty()) {
            gap(12);
            paragraph(doc.changesHeading(), HEADING, 0);
            for (String change : doc.changes()) {
                paragraph("• " + change, BODY, 8);
                gap(3);
            }
        }
    }

    private static PDType0Font font(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = PromisesPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font missing from the application: " + resource);
            }
            return PDType0Font.load(pdf, in);
        }
    }

    private void paragraph(String text, Style style, float indent) throws IOException {
        for (String line : lines(text, style, WIDTH - indent)) {
            keep(style.leading());
            show(line, style, MARGIN + indent);
            y -= style.leading();
        }
    }

    private void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless the height still fits on this one. */
    private void keep(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void show(String line, Style style, float x) throws IOException {
        PDPageContentStream stream = stream();
        stream.beginText();
        stream.setFont(style.bold() ? bold : regular, style.size());
        stream.setNonStrokingColor(style.colour());
        stream.newLineAtOffset(x, y - style.size());
        stream.showText(printable(line, style.bold() ? bold : regular));
        stream.endText();
    }

    private PDPageContentStream stream() {
        if (content == null) {
            throw new IllegalStateException("No page open");
        }
        return content;
    }

    private void newPage() throws IOException {
        footer();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        pages++;
        y = TOP;
    }

    private void footer() throws IOException {
        if (content == null) {
            return;
        }
        String label = pageLabel + " " + pages;
        content.beginText();
        content.setFont(regular, 9);
        content.setNonStrokingColor(MUTED);
        content.newLineAtOffset(MARGIN + WIDTH - regular.getStringWidth(label) / 1000 * 9, MARGIN - 20);
        content.showText(label);
        content.endText();
        content.close();
        content = null;
    }

    private void finish() throws IOException {
        footer();
    }

    private float width(String text, Style style) throws IOException {
        PDType0Font font = style.bold() ? bold : regular;
        return font.getStringWidth(printable(text, font)) / 1000 * style.size();
    }

    /** The text broken into lines that fit the width; a word longer than a line is broken where it must. */
    private List<String> lines(String text, Style style, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (int i = 0; i < word.length(); ) {
                    int codePoint = word.codePointAt(i);
                    String character = new String(Character.toChars(codePoint));
                    if (!line.isEmpty() && width(line + character, style) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(character);
                    i += Character.charCount(codePoint);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Invisible formatting characters are left out; a character without a glyph becomes a box. */
    static String printable(String text, PDType0Font font) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                    || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) {
                continue;
            } else if (font.getCmapLookup() != null && font.getCmapLookup().getGlyphId(codePoint) > 0) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('\u25A1');
            }
        }
        return out.toString();
    }
}
