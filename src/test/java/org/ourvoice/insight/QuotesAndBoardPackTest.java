package org.ourvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.insight.service.BoardPackService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestSharing;
import org.ourvoice.support.TestViews;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Quotes a worker chooses for the board, the board's filters of shared views, and the board pack
 * made from them, on a real MariaDB. Views checked by hand are dated to months of the test's own.
 */
@PortalTest
class QuotesAndBoardPackTest {

    private static final String WORKER = DemoUsers.WORKER;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    SharedViewService shared;
    @Autowired
    BoardPackService boardPack;
    @Autowired
    ContributionService contributions;
    @Autowired
    TestSharing sharing;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    /** Every shared view the filter lets through, as the demo board member reads them, newest shared first. */
    private List<Long> board(SharedFilter filter) {
        long count = runAs.user(DemoUsers.BOARD, () -> shared.countShared(filter));
        List<SharedView> all = runAs.user(DemoUsers.BOARD, () -> shared.shared(filter, 0, (int) Math.max(1, count)));
        assertThat(all).hasSize((int) count);
        return all.stream().map(SharedView::id).toList();
    }

    private SharedView boardSees(long id) {
        return runAs.user(DemoUsers.BOARD, () -> shared.shared(SharedFilter.all(), 0, 50)).stream()
                .filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    private static SharedFilter filter(@Nullable Long themeId, boolean quotesOnly, @Nullable Mood mood,
            @Nullable YearMonth from, @Nullable YearMonth to) {
        return new SharedFilter(themeId, quotesOnly, mood, from, to);
    }

    private void choose(long id, boolean chosen) {
        runAs.user(WORKER, () -> shared.chooseAsQuote(id, chosen));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aWorkerChoosesASharedViewAsAQuoteForTheBoard() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ThemeChoice theme = sharing.theme("Quotes");
        long quote = sharing.share(young, "Worth quoting " + TestSharing.word(), Mood.HAPPY, theme.id());
        long plain = sharing.share(young, "Shared but not quoted " + TestSharing.word(), Mood.HAPPY, theme.id());
        long waiting = sharing.send(young, "Still waiting " + TestSharing.word(), Mood.HAPPY, theme.id());
        long notShared = sharing.send(young, "Not shared " + TestSharing.word(), Mood.HAPPY, theme.id());
        sharing.notShare(notShared);
        SharedFilter quotes = filter(theme.id(), true, null, null, null);
        assertThat(board(quotes)).isEmpty();

        choose(quote, true);

        assertThat(board(quotes)).containsExactly(quote);
        assertThat(board(SharedFilter.theme(theme.id()))).containsExactly(plain, quote);
        assertThat(boardSees(quote).quote()).isTrue();
        assertThat(boardSees(plain).quote()).isFalse();
        assertThat(board(filter(null, true, null, null, null))).contains(quote).doesNotContain(plain);
        assertThat(jdbc.queryForMap("select actor_account_id, detail from audit_entry where action = 'QUOTE_CHOSEN'"
                + " and subject = ?", "view " + quote)).containsEntry("actor_account_id", views.accountId(WORKER));

        assertRefused(() -> choose(waiting, true), "moderation.quoteNotShared");
        assertRefused(() -> choose(notShared, true), "moderation.quoteNotShared");
        assertRefused(() -> choose(Long.MAX_VALUE, true), "moderation.gone");
        assertThat(jdbc.queryForList("select id from contribution where quote and id in (?, ?)", Long.class, waiting,
                notShared)).isEmpty();
        for (long id : List.of(waiting, notShared, Long.MAX_VALUE)) {
            assertThat(views.audited("QUOTE_CHOSEN", "view " + id)).isZero();
        }
        sharing.approve(waiting);
        assertThat(board(quotes)).as("sharing does not make a quote").containsExactly(quote);

        choose(quote, false);

        assertThat(board(quotes)).isEmpty();
        assertThat(boardSees(quote).quote()).isFalse();
        assertThat(views.audited("QUOTE_REMOVED", "view " + quote)).isEqualTo(1);
        assertThat(views.audited("QUOTE_CHOSEN", "view " + quote)).isEqualTo(1);
    }

    @Test
    void theBoardNarrowsSharedViewsByThemeFeelingAndMonth() {
        String young = sharing.youngPerson(AgeBand.AGE_14_15, true);
        ThemeChoice t1 = sharing.theme("Filter one");
        ThemeChoice t2 = sharing.theme("Filter two");
        YearMonth jan = YearMonth.of(1994, 1);
        YearMonth feb = YearMonth.of(1994, 2);
        YearMonth mar = YearMonth.of(1994, 3);
        YearMonth apr = YearMonth.of(1994, 4);
        long a = sharing.shareIn(jan, young, Mood.HAPPY, t1.id());
        long b = sharing.shareIn(feb, young, Mood.UNHAPPY, t1.id());
        long c = sharing.shareIn(mar, young, Mood.HAPPY, t2.id());
        long d = sharing.shareIn(mar, young, Mood.HAPPY, t1.id(), t2.id());
        long e = sharing.shareIn(apr, young, Mood.HAPPY, t1.id());
        long waiting = sharing.sendIn(mar, young, Mood.HAPPY, t1.id());
        long notShared = sharing.sendIn(mar, young, Mood.HAPPY, t1.id());
        sharing.notShare(notShared);

        assertThat(board(SharedFilter.theme(t1.id()))).containsExactly(e, d, b, a);
        assertThat(board(SharedFilter.theme(t2.id()))).containsExactly(d, c);
        assertThat(board(filter(t1.id(), false, Mood.HAPPY, null, null))).containsExactly(e, d, a);
        assertThat(board(filter(null, false, Mood.UNHAPPY, jan, apr))).containsExactly(b);
        assertThat(board(filter(null, false, null, feb, mar))).containsExactly(d, c, b);
        assertThat(board(filter(null, false, null, jan, apr))).containsExactly(e, d, c, b, a)
                .doesNotContain(waiting, notShared);
        assertThat(board(filter(t1.id(), false, null, mar, null))).containsExactly(e, d);
        assertThat(board(filter(t1.id(), false, null, null, feb))).containsExactly(b, a);
        assertThat(board(filter(t2.id(), false, null, mar, mar))).containsExactly(d, c);
        assertThat(board(filter(t1.id(), false, Mood.HAPPY, feb, mar))).containsExactly(d);
        assertThat(board(filter(t1.id(), false, Mood.VERY_UNHAPPY, null, null))).isEmpty();
        assertThat(board(filter(null, false, null, YearMonth.of(1993, 12), YearMonth.of(1993, 12)))).isEmpty();

        SharedFilter allMine = filter(null, false, null, jan, apr);
        assertThat(runAs.user(DemoUsers.BOARD, () -> shared.shared(allMine, 0, 2))).extracting(SharedView::id)
                .containsExactly(e, d);
        assertThat(runAs.user(DemoUsers.BOARD, () -> shared.shared(allMine, 2, 2))).extracting(SharedView::id)
                .containsExactly(c, b);
        assertThat(runAs.user(DemoUsers.BOARD, () -> shared.shared(allMine, 4, 2))).extracting(SharedView::id)
                .containsExactly(a);

        choose(b, true);
        assertThat(board(filter(t1.id(), true, null, null, null))).containsExactly(b);
        assertThat(board(filter(t1.id(), true, Mood.HAPPY, null, null))).isEmpty();
        assertThat(board(filter(null, true, null, jan, jan))).isEmpty();
    }

    @Test
    void thePackForTodayHoldsTheQuotesChosenInTheLastThreeMonthsAndNoOtherWords() throws IOException {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String named = testAccounts.create(Role.CARE_LEAVER);
        ThemeChoice theme = sharing.theme("Pack quotes");
        LocalDate today = LocalDate.now(UK);
        YearMonth thisMonth = YearMonth.from(today);
        String chosenWords = TestSharing.word();
        String twoMonthsBackWords = TestSharing.word();
        String threeMonthsBackWords = TestSharing.word();
        String notChosenWords = TestSharing.word();
        String waitingWords = TestSharing.word();
        String namedWords = TestSharing.word();

        long chosen = sharing.share(young, "We want " + chosenWords + " at the youth club", Mood.HAPPY, theme.id());
        long twoMonthsBack = sharing.send(young, "Two months back " + twoMonthsBackWords, Mood.OK, theme.id());
        sharing.dateTo(twoMonthsBack, thisMonth.minusMonths(2));
        sharing.approve(twoMonthsBack);
        long threeMonthsBack = sharing.send(young, "Three months back " + threeMonthsBackWords, Mood.OK, theme.id());
        sharing.dateTo(threeMonthsBack, thisMonth.minusMonths(3));
        sharing.approve(threeMonthsBack);
        sharing.share(young, "Not chosen " + notChosenWords, Mood.UNHAPPY, theme.id());
        long waiting = sharing.send(young, "Waiting " + waitingWords, Mood.OK, theme.id());
        long withName = runAs.user(named, () -> contributions.submit(new ContributionForm(UUID.randomUUID().toString(),
                "Put my name to " + namedWords, List.of(theme.id()), Mood.VERY_HAPPY, true, false)));
        sharing.approve(withName);
        for (long id : List.of(chosen, twoMonthsBack, threeMonthsBack, withName)) {
            choose(id, true);
        }
        assertRefused(() -> choose(waiting, true), "moderation.quoteNotShared");

        byte[] pdf = runAs.user(DemoUsers.BOARD, () -> boardPack.make(today, Locale.UK));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Corporate Parenting Board", "In their own words", "We want " + chosenWords,
                twoMonthsBackWords, namedWords, named, "Anonymous", theme.name());
        assertThat(text).as("words not chosen, chosen too long ago, or not shared")
                .doesNotContain(notChosenWords, threeMonthsBackWords, waitingWords);
        assertThat(text).as("a name only where the young person gave it").doesNotContain(young);
        assertThat(jdbc.queryForMap("select actor_account_id, detail from audit_entry where action = 'BOARD_PACK_MADE'"
                + " and subject = ? order by id desc limit 1", "meeting " + today))
                .containsEntry("actor_account_id", views.accountId(DemoUsers.BOARD));
    }

    @Test
    void thePackForAPastMeetingSumsUpItsYearAgainstTheYearBefore() throws IOException {
        String young = sharing.youngPerson(AgeBand.AGE_16_17, false);
        ThemeChoice rising = sharing.theme("Pack rising");
        ThemeChoice falling = sharing.theme("Pack falling");
        LocalDate meeting = LocalDate.of(2001, 6, 15);
        // The pack's year is July 2000 to June 2001; the year before, July 1999 to June 2000.
        sharing.shareIn(8, YearMonth.of(2000, 3), young, Mood.UNHAPPY, falling.id());
        sharing.shareIn(1, YearMonth.of(2000, 9), young, Mood.UNHAPPY, falling.id());
        sharing.shareIn(4, YearMonth.of(2001, 5), young, Mood.HAPPY, rising.id());
        long inWindow = sharing.sendIn(YearMonth.of(2001, 4), young, Mood.HAPPY, rising.id());
        sharing.approve(inWindow);
        long beforeWindow = sharing.sendIn(YearMonth.of(2001, 3), young, Mood.HAPPY, falling.id());
        sharing.approve(beforeWindow);
        long afterMeeting = sharing.sendIn(YearMonth.of(2001, 7), young, Mood.HAPPY, rising.id());
        sharing.approve(afterMeeting);
        choose(inWindow, true);
        choose(beforeWindow, true);
        choose(afterMeeting, true);
        String inWindowWords = views.row(inWindow).get("text").toString();

        String text = text(runAs.user(WORKER, () -> boardPack.make(meeting, Locale.UK)));

        assertThat(text).contains("Corporate Parenting Board, 15 Jun 2001",
                "Figures from July 2000 to June 2001",
                "7 views from children in care and care leavers were checked and shared in these 12 months"
                        + " (8 in the 12 months before).",
                "Rising: " + rising.name() + ", 5 views (0 before).",
                "Falling: " + falling.name() + ", 2 views (8 before).",
                inWindowWords);
        assertThat(text).doesNotContain(views.row(beforeWindow).get("text").toString(),
                views.row(afterMeeting).get("text").toString(), "No quotes were chosen");
    }

    @Test
    void aMeetingDateThatCannotBeRealIsRefused() {
        LocalDate today = LocalDate.now(UK);
        for (LocalDate date : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31), today.plusYears(3))) {
            assertRefused(() -> runAs.user(DemoUsers.BOARD, () -> boardPack.make(date, Locale.UK)),
                    "insight.pack.dateOutOfRange");
            assertThat(views.audited("BOARD_PACK_MADE", "meeting " + date)).as(date.toString()).isZero();
        }
    }

    @Test
    void onlyTheBoardAndWorkersMakePacksAndOnlyWorkersChooseQuotes() throws IOException {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ThemeChoice theme = sharing.theme("Pack access");
        long view = sharing.share(young, "Nobody else chooses this " + TestSharing.word(), Mood.OK, theme.id());
        LocalDate today = LocalDate.now(UK);

        for (String who : List.of(young, DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> runAs.user(who, () -> boardPack.make(today, Locale.UK))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String who : List.of(young, DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.BOARD,
                DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> runAs.user(who, () -> shared.chooseAsQuote(view, true))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(views.row(view)).containsEntry("quote", false);
        assertThat(views.audited("QUOTE_CHOSEN", "view " + view)).isZero();
        assertThat(text(runAs.user(WORKER, () -> boardPack.make(today, Locale.UK))))
                .contains("Corporate Parenting Board");
    }
}
