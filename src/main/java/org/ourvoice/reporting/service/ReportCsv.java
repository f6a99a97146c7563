package org.ourvoice.reporting.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.YouSaidWeDidHighlights;
import org.ourvoice.insight.service.BoardPackDocument;
import org.ourvoice.insight.service.ChartCsv;
import org.ourvoice.insight.service.ChartSpec;
import org.ourvoice.insight.service.DashboardCharts;

/**
 * The participation report as one CSV for spreadsheets: the title and period, the cohorts with
 * their shares, each chart's table under its title, the quotes and the highlights, with a blank
 * line between parts. Every field quoted, CRLF line ends, UTF-8 with a byte order mark, and text a
 * spreadsheet would run as a formula made harmless.
 */
final class ReportCsv {

    private static final String LINE_END = "\r\n";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    static byte[] write(ParticipationReportService.Report report, DashboardCharts.Text text) {
        StringBuilder out = new StringBuilder();
        BoardPackDocument doc = report.document();
        String heldBack = text.get("engagement.heldBack");
        row(out, doc.title(), doc.periodText());
        row(out, text.get("report.madeOn"), report.madeAt());
        out.append(LINE_END);
        row(out, text.get("report.csv.total"), Long.toString(report.figures().total()));
        out.append(LINE_END);
        row(out, text.get("engagement.chart.cohort.category"), text.get("engagement.people"),
                text.get("report.csv.size"), text.get("report.csv.share"));
        for (EngagementFigures.CohortFigure c : report.figures().cohorts()) {
            row(out, text.get("engagement.cohort." + c.cohort().name()),
                    c.people() == null ? heldBack : Long.toString(c.people()), Integer.toString(c.size()),
                    c.sharePercent() == null ? "" : text.get("engagement.share", c.sharePercent()));
        }
        for (ChartSpec chart : report.charts()) {
            out.append(LINE_END);
            row(out, chart.title());
            out.append(ChartCsv.csv(chart, heldBack));
        }
        out.append(LINE_END);
        row(out, text.get("report.quotes"));
        row(out, text.get("report.csv.words"), text.get("report.csv.about"), text.get("report.csv.name"),
                text.get("report.csv.when"));
        for (BoardPackDocument.Quote q : report.quotes()) {
            row(out, q.text(), q.about(), q.name() == null ? text.get("report.anonymous") : q.name(), q.when());
        }
        out.append(LINE_END);
        row(out, text.get("report.youSaidWeDid"));
        row(out, text.get("report.csv.theme"), text.get("report.csv.youSaid"), text.get("report.csv.weDid"),
                text.get("report.csv.byWhen"), text.get("report.csv.published"));
        for (YouSaidWeDidHighlights.Highlight h : report.highlights()) {
            row(out, h.theme(), h.youSaid(), h.weDid(), h.byWhen() == null ? "" : h.byWhen().toString(),
                    h.publishedOn().toString());
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static void row(StringBuilder out, @Nullable String... fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            quoted.add('"' + defused(field == null ? "" : field).replace("\"", "\"\"") + '"');
        }
        out.append(String.join(",", quoted)).append(LINE_END);
    }

    /** A cell starting with one of these runs as a formula in a spreadsheet. */
    private static String defused(String field) {
        if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
            return "'" + field;
        }
        return field;
    }
}
