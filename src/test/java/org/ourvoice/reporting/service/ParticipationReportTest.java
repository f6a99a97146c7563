package org.ourvoice.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TookPart;
import org.ourvoice.common.YouSaidWeDidHighlights;
import org.ourvoice.insight.service.Period;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.MessageBundles;
import org.ourvoice.voice.service.SharedViewService;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The participation report read back: the PDF's text and the CSV's rows carry the hand-counted
 * figures, a chosen quote and the "You said, we did" highlights, with or without the board's feature.
 */
@PortalTest
class ParticipationReportTest {

    /** March 2014: a month only this test takes part in. */
    private static final Period MARCH_2014 = new Period(YearMonth.of(2014, 3), YearMonth.of(2014, 3));

    @Autowired
    ParticipationReportService reports;
    @Autowired
    EngagementService engagement;
    @Autowired
    SharedViewService shared;
    @Autowired
    ThemeService themes;
    @Autowired
    MessageBundles messages;
    @Autowired
    AuditTrail audit;
    @Autowired
    Clock clock;
    @Autowired
    ModerationService moderation;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private static String quote;

    @BeforeEach
    void fiveChildrenInCareTookPartInMarch2014AndOneOfThemWasQuoted() {
        for (CohortSizeItem item : runAs.user(DemoUsers.WORKER, () -> engagement.cohortSizes())) {
            runAs.user(DemoUsers.WORKER, () -> engagement.setCohortSize(item.cohort(),
                    item.cohort() == Role.YOUNG_PERSON ? 699 : 350, item.version()));
        }
        if (quote != null) {
            return;
        }
        String quoted = null;
        for (int i = 0; i < 5; i++) {
            String name = testAccounts.create(Role.YOUNG_PERSON);
            quoted = name;
            events.publishEvent(new TookPart(views.accountId(name), TookPart.Kind.SUBMITTED_VIEW,
                    Instant.parse("2014-03-1" + i + "T10:00:00Z")));
        }
        String words = "We want our own keys to the house, like other teenagers";
        long id = views.submit(quoted, words, "home");
        long version = views.item(id).version();
        runAs.user(DemoUsers.WORKER, () -> moderation.approve(id, version, null, views.themeIds("home")));
        runAs.user(DemoUsers.WORKER, () -> shared.chooseAsQuote(id, true));
        jdbc.update("update contribution set submitted_at = '2014-03-20 10:00:00', submitted_month = '2014-03-01' "
                + "where id = ?", id);
        quote = words;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static List<String> lines(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return Arrays.asList(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n", -1));
    }

    private ParticipationReportService withHighlights(YouSaidWeDidHighlights board) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("board", board));
        return new ParticipationReportService(engagement, shared, themes,
                beans.getBeanProvider(YouSaidWeDidHighlights.class), messages, audit, clock);
    }

    /** The service made by hand has no transaction of its own, as the real one has. */
    private byte[] inTransaction(java.util.function.Supplier<byte[]> make) {
        return new TransactionTemplate(transactionManager).execute(status -> make.get());
    }

    @Test
    void thePdfCarriesTheFiguresTheChartsWithTablesAndTheQuote() throws IOException {
        Long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'PARTICIPATION_REPORT_MADE'",
                Long.class);

        String text = pdfText(runAs.user(DemoUsers.BOARD, () -> reports.pdf(MARCH_2014, Locale.ENGLISH)));

        assertThat(text).contains("Participation report: how children in care and care leavers took part")
                .contains("Figures from Mar 2014 to Mar 2014")
                .contains("5 different young people took part between Mar 2014 and Mar 2014.")
                .contains("Children in care: 5 of 699 (0.7%)")
                .contains("Care leavers: 0 of 350 (0.0%)")
                .contains("Young people who took part, by cohort")
                .contains("Young people who took part, month by month")
                .contains("Unaccompanied asylum-seeking young people who took part")
                .contains("Shared a view")
                .contains(quote)
                .contains("You said, we did")
                .contains("No \"You said, we did\" responses were published in this period.");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PARTICIPATION_REPORT_MADE'",
                Long.class)).isEqualTo(before + 1);
    }

    @Test
    void theCsvHasEveryFigureInRowsAndQuotesAndHighlightsMadeSafeForSpreadsheets() {
        ParticipationReportService report = withHighlights((from, to, limit) -> {
            assertThat(from).isEqualTo(LocalDate.of(2014, 3, 1));
            assertThat(to).isEqualTo(LocalDate.of(2014, 3, 31));
            return List.of(new YouSaidWeDidHighlights.Highlight("Bus passes", "=HYPERLINK(\"x\") buses are dear",
                    "Free bus passes to 25", LocalDate.of(2014, 9, 1), LocalDate.of(2014, 3, 28)));
        });

        List<String> lines = lines(runAs.user(DemoUsers.WORKER, () -> inTransaction(() -> report.csv(MARCH_2014, Locale.ENGLISH))));

        assertThat(lines.getFirst()).isEqualTo(
                "\"Participation report: how children in care and care leavers took part\",\"Figures from Mar 2014 to Mar 2014\"");
        assertThat(lines).contains("\"Different young people who took part\",\"5\"",
                "\"Children in care\",\"5\",\"699\",\"0.7%\"",
                "\"Care leavers\",\"0\",\"350\",\"0.0%\"",
                "\"Way of taking part\",\"Young people\"",
                "\"Shared a view\",\"5\"",
                "\"Came to something\",\"0\"",
                "\"Month\",\"Children in care\",\"Care leavers\"",
                "\"Mar 2014\",\"5\",\"0\"",
                "\"Not recorded\",\"5\"",
                "\"Bus passes\",\"'=HYPERLINK(\"\"x\"\") buses are dear\",\"Free bus passes to 25\",\"2014-09-01\",\"2014-03-28\"");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("\"" + quote + "\","));
    }

    @Test
    void thePdfShowsHighlightsWhenTheBoardPublishesThem() throws IOException {
        ParticipationReportService report = withHighlights((from, to, limit) -> List.of(
                new YouSaidWeDidHighlights.Highlight("Bus passes", "Buses are too dear", "Free bus passes to 25",
                        null, LocalDate.of(2014, 3, 28))));

        String text = pdfText(runAs.user(DemoUsers.BOARD, () -> inTransaction(() -> report.pdf(MARCH_2014, Locale.ENGLISH))));

        assertThat(text).contains("Bus passes: you said \"Buses are too dear\"; we did \"Free bus passes to 25\" "
                + "(published 28 Mar 2014).");
    }
}
