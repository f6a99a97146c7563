package org.ourvoice.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.SignUpForm;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeForm;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Views that reach the board's figures the way real ones do: a young person of a chosen cohort,
 * age band and county sends them, a worker approves them, and the application keeps the monthly
 * counts itself. The clock cannot be moved in the shared test context, so a view may be dated to
 * another month while it waits (its sending time set in the database, nothing else); tests that
 * check figures by hand use months and themes of their own, which no other test touches.
 */
@Component
public class TestSharing {

    private final TestAccounts testAccounts;
    private final AccountService accounts;
    private final ContributionService contributions;
    private final ModerationService moderation;
    private final ThemeService themes;
    private final TestViews views;
    private final RunAs runAs;
    private final JdbcTemplate jdbc;

    public TestSharing(TestAccounts testAccounts, AccountService accounts, ContributionService contributions,
            ModerationService moderation, ThemeService themes, TestViews views, RunAs runAs, JdbcTemplate jdbc) {
        this.testAccounts = testAccounts;
        this.accounts = accounts;
        this.contributions = contributions;
        this.moderation = moderation;
        this.themes = themes;
        this.views = views;
        this.runAs = runAs;
        this.jdbc = jdbc;
    }

    /** A new young person (or care leaver, by the band) who said they live in the county or not; returns the name. */
    public String youngPerson(AgeBand band, boolean livesInCounty) {
        Role role = AgeBand.forRole(Role.YOUNG_PERSON).contains(band) ? Role.YOUNG_PERSON : Role.CARE_LEAVER;
        String name = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String code = testAccounts.inviteCode(role);
        runAs.anonymous(() -> accounts.signUp(new SignUpForm(code, name, TestAccounts.PASSWORD,
                TestAccounts.PASSWORD, band, livesInCounty, null)));
        return name;
    }

    /** A theme of the test's own, added by the demo worker, with a name nobody else uses. */
    public ThemeChoice theme(String name) {
        return runAs.user(DemoUsers.WORKER, () -> themes.create(new ThemeForm(name + " " + word(), name,
                "vaadin:star", "Made by a test")));
    }

    /** A made-up word that screening cannot mistake for a postcode, a phone number or a phrase. */
    public static String word() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }

    /** Sends a view (left waiting) with the words, feeling and themes. */
    public long send(String youngPerson, String text, Mood mood, Long... themeIds) {
        return runAs.user(youngPerson, () -> contributions.submit(new ContributionForm(UUID.randomUUID().toString(),
                text, Arrays.asList(themeIds), mood, false, false)));
    }

    /** Sends a view and dates it to the month, still waiting. */
    public long sendIn(YearMonth month, String youngPerson, Mood mood, Long... themeIds) {
        long id = send(youngPerson, "About this " + word(), mood, themeIds);
        dateTo(id, month);
        return id;
    }

    /** Sends a view dated to the month and has the demo worker share it as written. */
    public long shareIn(YearMonth month, String youngPerson, Mood mood, Long... themeIds) {
        long id = sendIn(month, youngPerson, mood, themeIds);
        approve(id);
        return id;
    }

    /** Sends a view (this month, as the clock says) and has the demo worker share it as written. */
    public long share(String youngPerson, String text, Mood mood, Long... themeIds) {
        long id = send(youngPerson, text, mood, themeIds);
        approve(id);
        return id;
    }

    /** {@code count} views alike, each dated to the month and shared. */
    public void shareIn(int count, YearMonth month, String youngPerson, Mood mood, Long... themeIds) {
        for (int i = 0; i < count; i++) {
            shareIn(month, youngPerson, mood, themeIds);
        }
    }

    /** Sets when a waiting view was sent to the middle of the month, as if the clock had said so then. */
    public void dateTo(long id, YearMonth month) {
        int changed = jdbc.update("update contribution set submitted_at = ?, submitted_month = ?"
                + " where id = ? and status = 'WAITING'",
                Timestamp.valueOf(LocalDateTime.of(month.getYear(), month.getMonthValue(), 15, 12, 0)),
                Date.valueOf(month.atDay(1)), id);
        assertThat(changed).as("waiting view " + id + " dated").isEqualTo(1);
    }

    /** The demo worker shares the view as written, with the themes it has. */
    public QueueItem approve(long id) {
        QueueItem item = views.item(id);
        return runAs.user(DemoUsers.WORKER, () -> moderation.approve(id, item.version(), null, item.themeIds()));
    }

    /** The demo worker keeps the view from the board. */
    public QueueItem notShare(long id) {
        QueueItem item = views.item(id);
        return runAs.user(DemoUsers.WORKER, () -> moderation.notShare(id, item.version(), NotSharedReason.NOT_CLEAR,
                null));
    }

    /** The theme ids of the choices, in order, for a view's themes. */
    public static Long[] ids(ThemeChoice... chosen) {
        return Arrays.stream(chosen).map(ThemeChoice::id).toArray(Long[]::new);
    }

    /** The themes a view has now, straight from the database. */
    public List<Long> themesOf(long id) {
        return jdbc.queryForList("select theme_id from contribution_theme where contribution_id = ?", Long.class, id);
    }
}
