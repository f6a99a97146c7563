package org.ourvoice.insight.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's figures as CSV for spreadsheets: the same rows and columns as the chart's table, every
 * field quoted (RFC 4180), CRLF line ends, held-back figures in words, and text that a spreadsheet
 * would take for a formula made harmless with a leading apostrophe.
 */
public final class ChartCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String LINE_END = "\r\n";

    private ChartCsv() {
    }

    /** The CSV text; {@code heldBack} is written where a figure is held back (for example "fewer than 5"). */
    public static String csv(ChartSpec chart, String heldBack) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(defused(chart.categoryLabel()));
        chart.series().forEach(s -> header.add(defused(s.name())));
        row(out, header);
        for (int c = 0; c < chart.categories().size(); c++) {
            List<String> fields = new ArrayList<>();
            fields.add(defused(chart.categories().get(c)));
            for (ChartSpec.Series series : chart.series()) {
                Long value = series.values().get(c);
                fields.add(value == null ? defused(heldBack) : Long.toString(value));
            }
            row(out, fields);
        }
        return out.toString();
    }

    /**
     * The CSV as UTF-8 bytes led by a byte order mark, which is how Excel knows to read emoji and
     * non-Latin theme names correctly.
     */
    public static byte[] bytes(ChartSpec chart, String heldBack) {
        byte[] text = csv(chart, heldBack).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append(LINE_END);
    }

    /**
     * Spreadsheets run a cell starting with one of these as a formula (CSV injection); figures are
     * written as they are, since a count never starts with one.
     */
    private static String defused(String field) {
        if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            return "'" + field;
        }
        return field;
    }
}
