package org.ourvoice.reporting.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.YouSaidWeDidHighlights;
import org.ourvoice.insight.service.BoardPackDocument;
import org.ourvoice.insight.service.BoardPackPdf;
import org.ourvoice.insight.service.ChartSpec;
import org.ourvoice.insight.service.DashboardCharts;
import org.ourvoice.insight.service.Period;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.MessageBundles;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation report for inspectors and the board, for a period: the engagement figures,
 * every chart with its table, a few quotes workers chose, and "You said, we did" highlights where
 * the board's feature publishes them. As a PDF or as CSV; making either is audited.
 */
@Service
public class ParticipationReportService {

    static final int QUOTES = 5;
    static final int HIGHLIGHTS = 10;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final EngagementService engagement;
    private final SharedViewService shared;
    private final ThemeService themes;
    private final ObjectProvider<YouSaidWeDidHighlights> highlights;
    private final MessageBundles messages;
    private final AuditTrail audit;
    private final Clock clock;

    ParticipationReportService(EngagementService engagement, SharedViewService shared, ThemeService themes,
            ObjectProvider<YouSaidWeDidHighlights> highlights, MessageBundles messages, AuditTrail audit,
            Clock clock) {
        this.engagement = engagement;
        this.shared = shared;
        this.themes = themes;
        this.highlights = highlights;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public byte[] pdf(Period period, Locale locale) {
        Report report = report(period, locale);
        byte[] pdf = BoardPackPdf.write(report.document());
        audit.record(AuditAction.PARTICIPATION_REPORT_MADE, "participation report " + period.from() + " to "
                + period.to(), "PDF");
        return pdf;
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public byte[] csv(Period period, Locale locale) {
        Report report = report(period, locale);
        byte[] csv = ReportCsv.write(report, (key, arguments) -> messages.getTranslation(key, locale, arguments));
        audit.record(AuditAction.PARTICIPATION_REPORT_MADE, "participation report " + period.from() + " to "
                + period.to(), "CSV");
        return csv;
    }

    /** Everything in the report, already in words, for the PDF and the CSV alike. */
    record Report(BoardPackDocument document, EngagementFigures figures, List<ChartSpec> charts,
            List<BoardPackDocument.Quote> quotes, List<YouSaidWeDidHighlights.Highlight> highlights, String madeAt) {
    }

    private Report report(Period period, Locale locale) {
        DashboardCharts.Text text = (key, arguments) -> messages.getTranslation(key, locale, arguments);
        EngagementFigures figures = engagement.figures(period);
        List<ChartSpec> charts = EngagementCharts.all(figures, text);
        String from = EngagementCharts.month(period.from());
        String to = EngagementCharts.month(period.to());

        List<String> summary = new ArrayList<>();
        summary.add(text.get("engagement.total", figures.total(), from, to));
        for (EngagementFigures.CohortFigure c : figures.cohorts()) {
            summary.add(cohortLine(c, text));
        }
        summary.add(text.get("engagement.boardLine", figures.board().youngPeople(), figures.board().meetings(),
                figures.board().attendances()));

        Map<Long, String> names = themes.all().stream().collect(Collectors.toMap(ThemeChoice::id, ThemeChoice::name));
        List<BoardPackDocument.Quote> quotes = shared.shared(new SharedFilter(null, true, null, period.from(),
                period.to()), 0, QUOTES).stream().map(v -> quote(v, names)).toList();

        LocalDate first = period.from().atDay(1);
        LocalDate last = period.to().atEndOfMonth();
        List<YouSaidWeDidHighlights.Highlight> said = new ArrayList<>();
        highlights.orderedStream().forEach(h -> said.addAll(h.publishedBetween(first, last, HIGHLIGHTS)));
        List<YouSaidWeDidHighlights.Highlight> kept = said.stream().limit(HIGHLIGHTS).toList();
        List<String> lines = kept.stream().map(h -> highlightLine(h, text)).toList();
        BoardPackDocument.Section youSaid = new BoardPackDocument.Section(text.get("report.youSaidWeDid"),
                lines.isEmpty() ? List.of(text.get("report.noHighlights")) : lines);

        LocalDate today = LocalDate.now(clock.withZone(UK));
        BoardPackDocument document = new BoardPackDocument(text.get("report.title"), today,
                text.get("report.period", from, to), clock.instant(), summary, charts, quotes, List.of(youSaid),
                new BoardPackDocument.Labels(text.get("report.quotes"), text.get("report.anonymous"),
                        text.get("engagement.heldBack"), text.get("report.page"), text.get("report.madeOn"),
                        text.get("report.noQuotes")));
        return new Report(document, figures, charts, quotes, kept, MADE.format(clock.instant().atZone(UK)));
    }

    static String cohortLine(EngagementFigures.CohortFigure c, DashboardCharts.Text text) {
        String cohort = text.get("engagement.cohort." + c.cohort().name());
        if (c.people() == null) {
            return text.get("engagement.cohortLine.heldBack", cohort, c.size());
        }
        String share = c.sharePercent() == null ? text.get("engagement.noShare")
                : text.get("engagement.share", c.sharePercent());
        return text.get("engagement.cohortLine", cohort, c.people(), c.size(), share);
    }

    private static String highlightLine(YouSaidWeDidHighlights.Highlight h, DashboardCharts.Text text) {
        String line = text.get("report.highlight", h.theme(), h.youSaid(), h.weDid(), DAY.format(h.publishedOn()));
        return h.byWhen() == null ? line : line + " " + text.get("report.byWhen", DAY.format(h.byWhen()));
    }

    private static BoardPackDocument.Quote quote(SharedView view, Map<Long, String> names) {
        String about = view.themeIds().stream().map(names::get).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return new BoardPackDocument.Quote(view.text(), about, view.name(), DAY.format(view.sharedAt().atZone(UK)));
    }
}
