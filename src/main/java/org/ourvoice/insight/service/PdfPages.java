package org.ourvoice.insight.service;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Lays text, images and tables out on A4 pages from top to bottom, wrapping text to the width,
 * starting a new page when one is full and numbering every page at its foot. Text is printed in
 * the embedded DejaVu Sans; a character it has no glyph for (an emoji, say) prints as a small box
 * instead of failing the whole document.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** The tallest thing that fits on an empty page. */
    static final float HEIGHT = PDRectangle.A4.getHeight() - 2 * MARGIN - 10;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 10;
    private static final float FOOTER_BASELINE = MARGIN - 18;
    private static final String MISSING = "\u25A1";
    private static final float CELL_PADDING = 4;
    private static final float QUOTE_INDENT = 16;
    private static final float BULLET_INDENT = 14;

    static final Color INK = new Color(0x1F1F1F);
    static final Color MUTED = new Color(0x4D4D4D);
    private static final Color RULE = new Color(0xB3B3B3);
    private static final Color SHADE = new Color(0xEDEDED);
    private static final Color QUOTE_BAR = ChartRenderer.PALETTE.get(2);

    /** How a run of text looks: bold or not, size and line height in points, colour. */
    record Style(boolean bold, float size, float leading, Color colour) {
    }

    private final PDDocument pdf;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String pageLabel;
    private @Nullable PDPageContentStream content;
    private float y;
    private int pages;

    PdfPages(PDDocument pdf, String pageLabel) throws IOException {
        this.pdf = pdf;
        this.regular = font(pdf, "/fonts/DejaVuSans.ttf");
        this.bold = font(pdf, "/fonts/DejaVuSans-Bold.ttf");
        this.pageLabel = pageLabel;
        newPage();
    }

    private static PDType0Font font(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font missing from the application: " + resource);
            }
            return PDType0Font.load(pdf, in);
        }
    }

    /** Writes wrapped text from {@code indent} points in, flowing onto new pages as needed. */
    void paragraph(String text, Style style, float indent) throws IOException {
        for (String line : lines(text, style, WIDTH - indent)) {
            line(line, style, MARGIN + indent);
        }
    }

    /** A list item: a bullet, then the text wrapped with a hanging indent. */
    void bullet(String text, Style style) throws IOException {
        List<String> lines = lines(text, style, WIDTH - BULLET_INDENT);
        keep(Math.min(2, lines.size()) * style.leading());
        show("\u2022", font(style), style, MARGIN + 2, baseline(style));
        for (String line : lines) {
            line(line, style, MARGIN + BULLET_INDENT);
        }
    }

    /** Someone's words, indented with a coloured bar beside them down their whole length. */
    void quote(String text, Style style) throws IOException {
        List<String> lines = lines(text, style, WIDTH - QUOTE_INDENT);
        keep(Math.min(3, lines.size()) * style.leading());
        for (String line : lines) {
            ensure(style.leading());
            content().setNonStrokingColor(QUOTE_BAR);
            content().addRect(MARGIN + 2, y - style.leading(), 3, style.leading());
            content().fill();
            line(line, style, MARGIN + QUOTE_INDENT);
        }
    }

    /** How tall {@code text} is as a quote or a note under one. */
    float quoteHeight(String text, Style style) throws IOException {
        return height(text, style, WIDTH - QUOTE_INDENT);
    }

    /** An attribution or note under a quote, at the quote's indent. */
    void quoteNote(String text, Style style) throws IOException {
        paragraph(text, style, QUOTE_INDENT);
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit on this one, to keep things together. */
    void keep(float height) throws IOException {
        ensure(Math.min(height, HEIGHT));
    }

    /** How tall {@code text} is once wrapped to {@code width}. */
    float height(String text, Style style, float width) throws IOException {
        return lines(text, style, width).size() * style.leading();
    }

    /** The width of the widest of the texts on one line, padding of a table cell included. */
    float widestCell(List<String> texts, Style style) throws IOException {
        float widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, width(printable(text, font(style)), style));
        }
        return widest + 2 * CELL_PADDING;
    }

    void rule() throws IOException {
        ensure(6);
        y -= 3;
        content().setStrokingColor(RULE);
        content().setLineWidth(0.75f);
        content().moveTo(MARGIN, y);
        content().lineTo(MARGIN + WIDTH, y);
        content().stroke();
        y -= 3;
    }

    /** An image scaled to {@code width} by {@code height} points, on a new page if it does not fit. */
    void image(BufferedImage image, float width, float height) throws IOException {
        ensure(height);
        PDImageXObject picture = LosslessFactory.createFromImage(pdf, image);
        content().drawImage(picture, MARGIN, y - height, width, height);
        y -= height;
    }

    /**
     * A table across the full width: a shaded header row repeated on every page the table reaches,
     * then the rows, each cell wrapped within its column; {@code numeric} columns are right-aligned.
     */
    void table(List<String> header, List<List<String>> rows, float[] widths, boolean[] numeric, Style headerStyle,
            Style bodyStyle) throws IOException {
        float headerHeight = rowHeight(header, widths, headerStyle);
        float firstRow = rows.isEmpty() ? 0 : rowHeight(rows.get(0), widths, bodyStyle);
        ensure(headerHeight + firstRow);
        row(header, widths, numeric, headerStyle, headerHeight, true);
        for (List<String> cells : rows) {
            float height = rowHeight(cells, widths, bodyStyle);
            if (y - height < BOTTOM) {
                newPage();
                row(header, widths, numeric, headerStyle, headerHeight, true);
            }
            row(cells, widths, numeric, bodyStyle, height, false);
        }
    }

    private float rowHeight(List<String> cells, float[] widths, Style style) throws IOException {
        int most = 1;
        for (int c = 0; c < cells.size(); c++) {
            most = Math.max(most, lines(cells.get(c), style, widths[c] - 2 * CELL_PADDING).size());
        }
        return most * style.leading() + 2 * CELL_PADDING;
    }

    private void row(List<String> cells, float[] widths, boolean[] numeric, Style style, float height, boolean shaded)
            throws IOException {
        PDPageContentStream out = content();
        if (shaded) {
            out.setNonStrokingColor(SHADE);
            out.addRect(MARGIN, y - height, WIDTH, height);
            out.fill();
        }
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            float baseline = y - CELL_PADDING - style.size();
            for (String line : lines(cells.get(c), style, widths[c] - 2 * CELL_PADDING)) {
                float left = numeric[c] ? x + widths[c] - CELL_PADDING - width(line, style) : x + CELL_PADDING;
                show(line, font(style), style, left, baseline);
                baseline -= style.leading();
            }
            x += widths[c];
        }
        out.setStrokingColor(RULE);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y - height);
        out.lineTo(MARGIN + WIDTH, y - height);
        out.stroke();
        y -= height;
    }

    private void line(String line, Style style, float x) throws IOException {
        ensure(style.leading());
        show(line, font(style), style, x, baseline(style));
        y -= style.leading();
    }

    private float baseline(Style style) {
        return y - style.size() - (style.leading() - style.size() * 1.2f) / 2;
    }

    private void show(String text, PDType0Font font, Style style, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        PDPageContentStream out = content();
        out.beginText();
        out.setFont(font, style.size());
        out.setNonStrokingColor(style.colour());
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        pages++;
        y = TOP;
        Style footer = new Style(false, 9, 12, MUTED);
        String number = printable(pageLabel + " " + pages, regular);
        show(number, regular, footer, MARGIN + (WIDTH - width(number, footer)) / 2, FOOTER_BASELINE);
    }

    private PDPageContentStream content() {
        if (content == null) {
            throw new IllegalStateException("The pages are already finished");
        }
        return content;
    }

    private PDType0Font font(Style style) {
        return style.bold() ? bold : regular;
    }

    private float width(String printable, Style style) throws IOException {
        return font(style).getStringWidth(printable) / 1000 * style.size();
    }

    /**
     * The text broken into lines no wider than {@code width}: at line breaks in the text, then between
     * words, and inside a word only when the word alone is wider than a line.
     */
    private List<String> lines(String text, Style style, float width) throws IOException {
        PDType0Font font = font(style);
        float space = width(" ", style);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\r\n|[\r\n\u2028\u2029]", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : printable(paragraph, font).split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, style);
                if (line.isEmpty() && wordWidth <= width || !line.isEmpty() && lineWidth + space + wordWidth <= width) {
                    lineWidth += (line.isEmpty() ? 0 : space) + wordWidth;
                    line.append(line.isEmpty() ? "" : " ").append(word);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (wordWidth <= width) {
                    line.append(word);
                    lineWidth = wordWidth;
                    continue;
                }
                for (int i = 0; i < word.length(); ) {
                    int codePoint = word.codePointAt(i);
                    String character = word.substring(i, i + Character.charCount(codePoint));
                    float characterWidth = width(character, style);
                    if (!line.isEmpty() && lineWidth + characterWidth > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(character);
                    lineWidth += characterWidth;
                    i += character.length();
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The text with what the font cannot print dealt with: tabs become spaces, invisible formatting
     * characters (emoji joiners and variation selectors, direction marks, other control characters)
     * are left out, and any other character without a glyph becomes a box.
     */
    static String printable(String text, PDType0Font font) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\t') {
                out.append(' ');
            } else if (invisible(codePoint)) {
                continue;
            } else if (font.getCmapLookup() != null && font.getCmapLookup().getGlyphId(codePoint) > 0) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(font.getCmapLookup() != null && font.getCmapLookup().getGlyphId(MISSING.codePointAt(0)) > 0
                        ? MISSING : "?");
            }
        }
        return out.toString();
    }

    private static boolean invisible(int codePoint) {
        return Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F // variation selectors
                || codePoint >= 0xE0100 && codePoint <= 0xE01EF
                || codePoint >= 0x1F3FB && codePoint <= 0x1F3FF; // skin tone modifiers
    }

    /** Finishes the current page; the pages cannot be written to afterwards. */
    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
