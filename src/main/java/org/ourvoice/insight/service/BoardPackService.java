package org.ourvoice.insight.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.MessageBundles;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board pack for a meeting: the year of figures up to the meeting's month, the charts with
 * their tables, recent quotes chosen by workers, and what other features add (such as open
 * actions), as a PDF. Making one is audited.
 */
@Service
public class BoardPackService {

    /** Months of figures in a pack, up to and including the meeting's month. */
    static final int MONTHS = 12;
    /** Months back from the meeting that quotes are taken from. */
    static final int QUOTE_MONTHS = 3;
    static final int MAX_QUOTES = 30;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final InsightService insight;
    private final SharedViewService shared;
    private final ThemeService themes;
    private final List<BoardPackContent> contents;
    private final MessageBundles messages;
    private final AuditTrail audit;
    private final Clock clock;

    BoardPackService(InsightService insight, SharedViewService shared, ThemeService themes,
            List<BoardPackContent> contents, MessageBundles messages, AuditTrail audit, Clock clock) {
        this.insight = insight;
        this.shared = shared;
        this.themes = themes;
        this.contents = contents;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.BOARD, Roles.WORKER})
    @Transactional
    public byte[] make(LocalDate meetingDate, Locale locale) {
        if (meetingDate.isBefore(LocalDate.of(2000, 1, 1)) || meetingDate.isAfter(LocalDate.now(clock).plusYears(2))) {
            throw new UserFacingException("insight.pack.dateOutOfRange");
        }
        DashboardCharts.Text text = (key, arguments) -> messages.getTranslation(key, locale, arguments);
        Period period = Period.last(MONTHS, YearMonth.from(meetingDate));
        Dashboard dashboard = insight.dashboard(period);

        List<String> summary = new ArrayList<>();
        summary.add(text.get("insight.pack.total", dashboard.totalViews(), dashboard.previousTotalViews()));
        dashboard.themes().stream().filter(t -> t.change() == Change.RISING || t.change() == Change.NEW).limit(3)
                .forEach(t -> summary.add(text.get("insight.pack.rising", t.name(), t.views(), t.previousViews())));
        dashboard.themes().stream().filter(t -> t.change() == Change.FALLING).limit(3)
                .forEach(t -> summary.add(text.get("insight.pack.falling", t.name(), t.views(), t.previousViews())));

        Map<Long, String> names = themes.all().stream().collect(Collectors.toMap(ThemeChoice::id, ThemeChoice::name));
        YearMonth quotesFrom = YearMonth.from(meetingDate).minusMonths(QUOTE_MONTHS - 1L);
        List<BoardPackDocument.Quote> quotes = shared.shared(new SharedFilter(null, true, null, quotesFrom,
                YearMonth.from(meetingDate)), 0, MAX_QUOTES).stream().map(v -> quote(v, names)).toList();

        List<BoardPackDocument.Section> sections = new ArrayList<>();
        contents.forEach(c -> sections.addAll(c.sections(meetingDate, locale)));

        BoardPackDocument document = new BoardPackDocument(text.get("insight.pack.title", DAY.format(meetingDate)),
                meetingDate, text.get("insight.pack.period", MONTH.format(period.from()), MONTH.format(period.to())),
                clock.instant(), summary, DashboardCharts.all(dashboard, text), quotes, sections,
                new BoardPackDocument.Labels(text.get("insight.pack.quotes"), text.get("insight.anonymous"),
                        text.get("insight.heldBack"), text.get("insight.pack.page"), text.get("insight.pack.madeOn"),
                        text.get("insight.pack.noQuotes")));
        byte[] pdf = BoardPackPdf.write(document);
        audit.record(AuditAction.BOARD_PACK_MADE, "meeting " + meetingDate, null);
        return pdf;
    }

    private static BoardPackDocument.Quote quote(SharedView view, Map<Long, String> names) {
        String about = view.themeIds().stream().map(names::get).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return new BoardPackDocument.Quote(view.text(), about, view.name(), DAY.format(view.sharedAt().atZone(UK)));
    }
}
