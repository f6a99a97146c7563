package org.ourvoice.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.insight.service.Breakdown;
import org.ourvoice.insight.service.Cell;
import org.ourvoice.insight.service.Dashboard;
import org.ourvoice.insight.service.InsightService;
import org.ourvoice.insight.service.Period;
import org.ourvoice.insight.service.ThemeFigures;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestSharing;
import org.ourvoice.support.TestViews;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeForm;
import org.ourvoice.themes.service.ThemeService;
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
 * The theme list on a real MariaDB: adding and describing themes with every kind of bad input,
 * two workers at once, retiring and restoring, and merging (views, figures and the record).
 */
@PortalTest
class ThemeServiceTest {

    private static final String WORKER = DemoUsers.WORKER;

    @Autowired
    ThemeService themes;
    @Autowired
    InsightService insight;
    @Autowired
    SharedViewService shared;
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

    private ThemeChoice create(String name) {
        return create(new ThemeForm(name, "Label of " + name, "vaadin:star", "About " + name));
    }

    private ThemeChoice create(ThemeForm form) {
        return runAs.user(WORKER, () -> themes.create(form));
    }

    private ThemeChoice fresh(long id) {
        return runAs.user(WORKER, () -> themes.all()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private int themesNamed(String name) {
        return jdbc.queryForObject("select count(*) from theme where name = ?", Integer.class, name);
    }

    private int audited(String action, String subject) {
        return views.audited(action, subject);
    }

    private static String word() {
        return TestSharing.word();
    }

    @Test
    void aNewThemeGetsACodeMadeFromItsNameThatNoOtherThemeHas() {
        String w = word();
        ThemeChoice first = create(new ThemeForm("  Café & bills   " + w + "  ", "  Money   I need ", "vaadin:piggy-bank-coin",
                "Cost of living"));
        ThemeChoice second = create("Cafe bills " + w);

        assertThat(first.code()).isEqualTo("cafe-bills-" + w);
        assertThat(second.code()).isEqualTo("cafe-bills-" + w + "-2");
        assertThat(first.name()).as("spaces tidied").isEqualTo("Café & bills " + w);
        assertThat(first.label()).isEqualTo("Money I need");
        assertThat(first.labelKey()).isEqualTo("theme.label.cafe-bills-" + w);
        assertThat(first.active()).isTrue();
        assertThat(first.mergedInto()).isNull();
        assertThat(jdbc.queryForMap("select code, name, label, icon, description, active from theme where id = ?",
                first.id())).containsEntry("code", "cafe-bills-" + w).containsEntry("name", "Café & bills " + w)
                .containsEntry("icon", "vaadin:piggy-bank-coin").containsEntry("description", "Cost of living")
                .containsEntry("active", true);

        ThemeChoice longName = create(("A very long theme name indeed " + w).substring(0, 40));
        assertThat(longName.code()).hasSizeLessThanOrEqualTo(30).startsWith("a-very-long-theme-name-indeed");
        ThemeChoice longAgain = create(("A very long theme name indeed!" + w).substring(0, 42));
        assertThat(longAgain.code()).startsWith("a-very-long-theme-name-indeed").isNotEqualTo(longName.code())
                .as("fits the code column").hasSizeLessThanOrEqualTo(40);

        assertThat(runAs.user(DemoUsers.YOUNG_PERSON, () -> themes.choices())).extracting(ThemeChoice::id)
                .contains(first.id(), second.id());
        assertThat(audited("THEME_CREATED", "theme " + first.id())).isEqualTo(1);
        assertThat(jdbc.queryForMap("select actor_account_id, detail from audit_entry where action = 'THEME_CREATED'"
                + " and subject = ?", "theme " + first.id())).containsEntry("actor_account_id", views.accountId(WORKER))
                .containsEntry("detail", "Café & bills " + w);
    }

    @Test
    void aNameAlreadyTakenIsRefusedWhateverItsCase() {
        String name = "Taken " + word();
        ThemeChoice theme = create(name);

        assertRefused(() -> create(name), "themes.nameTaken");
        assertRefused(() -> create(name.toUpperCase()), "themes.nameTaken");
        assertRefused(() -> create("  " + name + " "), "themes.nameTaken");
        assertThat(jdbc.queryForObject("select count(*) from theme where lower(name) = lower(?)", Integer.class, name))
                .isEqualTo(1);

        ThemeChoice other = create("Other " + word());
        assertRefused(() -> runAs.user(WORKER, () -> themes.update(other.id(), other.version(),
                new ThemeForm(name.toLowerCase(), "x", "vaadin:star", ""))), "themes.nameTaken");
        assertThat(fresh(other.id()).name()).isEqualTo(other.name());
        assertThat(fresh(theme.id()).name()).isEqualTo(name);
    }

    @Test
    void emptyTooLongOrHiddenCharactersAreRefusedAndNothingIsStored() {
        String w = word();
        String good = "Good name " + w;
        List<Map.Entry<ThemeForm, String>> bad = List.of(
                Map.entry(new ThemeForm("", "Label", "vaadin:star", ""), "themes.nameNeeded"),
                Map.entry(new ThemeForm(" \n\t ", "Label", "vaadin:star", ""), "themes.nameNeeded"),
                Map.entry(new ThemeForm(good, "", "vaadin:star", ""), "themes.labelNeeded"),
                Map.entry(new ThemeForm(good, "   ", "vaadin:star", ""), "themes.labelNeeded"),
                Map.entry(new ThemeForm(good, "Label", "vaadin:skull", ""), "themes.iconNeeded"),
                Map.entry(new ThemeForm(good, "Label", "", ""), "themes.iconNeeded"),
                Map.entry(new ThemeForm(good, "Label", "<img src=x onerror=alert(1)>", ""), "themes.iconNeeded"),
                Map.entry(new ThemeForm("x".repeat(100_000), "Label", "vaadin:star", ""), "form.tooLong"),
                Map.entry(new ThemeForm(good, "y".repeat(100_000), "vaadin:star", ""), "form.tooLong"),
                Map.entry(new ThemeForm(good, "Label", "vaadin:star", "z".repeat(100_000)), "form.tooLong"),
                Map.entry(new ThemeForm("x".repeat(ThemeService.NAME_LENGTH + 1), "Label", "vaadin:star", ""),
                        "form.tooLong"),
                Map.entry(new ThemeForm(good, "Label", "vaadin:star", "z".repeat(ThemeService.DESCRIPTION_LENGTH + 1)),
                        "form.tooLong"),
                Map.entry(new ThemeForm(good + "\u0000", "Label", "vaadin:star", ""), "form.controlCharacters"),
                Map.entry(new ThemeForm(good, "La\u0007bel", "vaadin:star", ""), "form.controlCharacters"),
                Map.entry(new ThemeForm(good, "Label", "vaadin:star", "bidi \u202E trick"), "form.controlCharacters"),
                Map.entry(new ThemeForm(good + "\u200B", "Label", "vaadin:star", ""), "form.controlCharacters"));
        for (Map.Entry<ThemeForm, String> entry : bad) {
            assertRefused(() -> create(entry.getKey()), entry.getValue());
        }
        assertThat(jdbc.queryForObject("select count(*) from theme where name like ?", Integer.class,
                "%" + w + "%")).as("nothing stored half-way").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'THEME_CREATED'"
                + " and detail like ?", Integer.class, "%" + w + "%")).isZero();

        try {
            create(new ThemeForm("x".repeat(ThemeService.NAME_LENGTH + 1), "Label", "vaadin:star", ""));
        } catch (UserFacingException e) {
            assertThat(e.arguments()).containsExactly(ThemeService.NAME_LENGTH);
        }

        String longest = (w + "n".repeat(ThemeService.NAME_LENGTH)).substring(0, ThemeService.NAME_LENGTH);
        ThemeChoice atTheLimit = create(new ThemeForm(longest, "l".repeat(ThemeService.NAME_LENGTH), "vaadin:star",
                "d".repeat(ThemeService.DESCRIPTION_LENGTH)));
        assertThat(atTheLimit.name()).hasSize(ThemeService.NAME_LENGTH);
        assertThat(atTheLimit.description()).hasSize(ThemeService.DESCRIPTION_LENGTH);
    }

    @Test
    void emojiRightToLeftHtmlAndSqlLookingTextAreStoredAsTyped() {
        String w = word();
        String emoji = "Home 🏠 and family 👨‍👩‍👧 " + w;
        String arabic = "بيتي وعائلتي " + w;
        String html = "<script>alert('" + w + "')</script>";
        String sql = "Robert'); DROP TABLE theme; -- " + w;

        ThemeChoice withEmoji = create(new ThemeForm(emoji, "Where I live 🏡", "vaadin:home", "Wales 🏴󠁧󠁢󠁷󠁬󠁳󠁿 too"));
        ThemeChoice rightToLeft = create(new ThemeForm(arabic, "مكاني", "vaadin:home", "עברית גם"));
        ThemeChoice withHtml = create(new ThemeForm(html, "<b>bold</b>", "vaadin:home", "<a href=x>y</a>"));
        ThemeChoice withSql = create(new ThemeForm(sql, "' OR 1=1 --", "vaadin:home", "\"; DELETE FROM theme"));

        assertThat(fresh(withEmoji.id())).extracting(ThemeChoice::name, ThemeChoice::label, ThemeChoice::description)
                .containsExactly(emoji, "Where I live 🏡", "Wales 🏴󠁧󠁢󠁷󠁬󠁳󠁿 too");
        assertThat(fresh(rightToLeft.id())).extracting(ThemeChoice::name, ThemeChoice::label,
                ThemeChoice::description).containsExactly(arabic, "مكاني", "עברית גם");
        assertThat(fresh(withHtml.id()).name()).isEqualTo(html);
        assertThat(fresh(withSql.id()).name()).isEqualTo(sql);
        assertThat(themesNamed(sql)).isEqualTo(1);
        assertThat(List.of(withEmoji, rightToLeft, withHtml, withSql)).extracting(ThemeChoice::code)
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*")).doesNotHaveDuplicates()
                .contains("home-and-family-" + w, w, ("script-alert-" + w + "-script").substring(0, 30));

        ThemeChoice onlyEmoji = create(new ThemeForm("🐶🐱 " + "🐾".repeat(3), "Pets", "vaadin:heart", ""));
        assertThat(onlyEmoji.code()).matches("theme(-\\d+)?");
    }

    @Test
    void aThemeIsDescribedAgainOnlyFromItsLatestVersion() {
        ThemeChoice theme = create("Described " + word());
        ThemeForm changed = new ThemeForm(theme.name() + " changed", "New label", "vaadin:book", "New words");

        ThemeChoice after = runAs.user(WORKER, () -> themes.update(theme.id(), theme.version(), changed));

        assertThat(after).extracting(ThemeChoice::name, ThemeChoice::label, ThemeChoice::icon,
                ThemeChoice::description, ThemeChoice::code).containsExactly(theme.name() + " changed", "New label",
                        "vaadin:book", "New words", theme.code());
        assertThat(after.version()).isGreaterThan(theme.version());
        assertThat(audited("THEME_CHANGED", "theme " + theme.id())).isEqualTo(1);

        assertRefused(() -> runAs.user(WORKER, () -> themes.update(theme.id(), theme.version(),
                new ThemeForm("Stale " + word(), "Stale", "vaadin:star", ""))), "form.conflict");
        assertRefused(() -> runAs.user(WORKER, () -> themes.update(theme.id(), after.version(),
                new ThemeForm("", "Label", "vaadin:star", ""))), "themes.nameNeeded");
        assertRefused(() -> runAs.user(WORKER, () -> themes.update(Long.MAX_VALUE, 0,
                new ThemeForm("Gone " + word(), "Label", "vaadin:star", ""))), "themes.gone");
        assertThat(fresh(theme.id())).isEqualTo(after);
        assertThat(audited("THEME_CHANGED", "theme " + theme.id())).isEqualTo(1);

        ThemeChoice recased = runAs.user(WORKER, () -> themes.update(theme.id(), after.version(),
                new ThemeForm(after.name().toUpperCase(), after.label(), after.icon(), after.description())));
        assertThat(recased.name()).as("its own name in other letters is not taken").isEqualTo(after.name()
                .toUpperCase());
    }

    @Test
    void aThemeCanBeRenamedWithAnAccentItsNameLacked() {
        String w = word();
        ThemeChoice theme = create("Cafe and clubs " + w);

        ThemeChoice after = runAs.user(WORKER, () -> themes.update(theme.id(), theme.version(),
                new ThemeForm("Café and clubs " + w, theme.label(), theme.icon(), theme.description())));

        assertThat(after.name()).isEqualTo("Café and clubs " + w);
        assertRefused(() -> create("CAFE AND CLUBS " + w), "themes.nameTaken");
    }

    @Test
    void twoWorkersChangingAThemeAtOnceStoreOneChange() throws Exception {
        String other = testAccounts.create(Role.WORKER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                ThemeChoice theme = create("At once " + word());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<ThemeChoice>> actions = new ArrayList<>();
                for (String who : List.of(WORKER, other)) {
                    actions.add(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return runAs.user(who, () -> themes.update(theme.id(), theme.version(),
                                new ThemeForm(theme.name() + " by " + who, "Label", "vaadin:star", "")));
                    });
                }
                List<String> refusals = new ArrayList<>();
                List<ThemeChoice> saved = new ArrayList<>();
                for (Future<ThemeChoice> result : actions.stream().map(pool::submit).toList()) {
                    try {
                        saved.add(result.get(30, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).as("round " + round).isInstanceOf(UserFacingException.class);
                        refusals.add(((UserFacingException) e.getCause()).messageKey());
                    }
                }
                assertThat(saved).as("round " + round).hasSize(1);
                assertThat(refusals).containsExactly("form.conflict");
                assertThat(fresh(theme.id()).name()).isEqualTo(saved.getFirst().name());
                assertThat(audited("THEME_CHANGED", "theme " + theme.id())).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoWorkersAddingTheSameThemeAtOnceStoreItOnce() throws Exception {
        String other = testAccounts.create(Role.WORKER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String name = "Added at once " + word();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<ThemeChoice>> actions = new ArrayList<>();
                for (String who : List.of(WORKER, other)) {
                    actions.add(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return runAs.user(who, () -> themes.create(new ThemeForm(name, "Label", "vaadin:star", "")));
                    });
                }
                List<String> refusals = new ArrayList<>();
                int added = 0;
                for (Future<ThemeChoice> result : actions.stream().map(pool::submit).toList()) {
                    try {
                        result.get(30, TimeUnit.SECONDS);
                        added++;
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).as("round " + round).isInstanceOf(UserFacingException.class);
                        refusals.add(((UserFacingException) e.getCause()).messageKey());
                    }
                }
                assertThat(added).as("round " + round).isEqualTo(1);
                assertThat(refusals).containsExactly("themes.nameTaken");
                assertThat(themesNamed(name)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetiredThemeLeavesTheChoicesButStaysInTheList() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ThemeChoice theme = create("Retired for now " + word());
        long sent = sharing.share(young, "Before it was retired " + word(), Mood.OK, theme.id());

        ThemeChoice retired = runAs.user(WORKER, () -> themes.setActive(theme.id(), theme.version(), false));

        assertThat(retired.active()).isFalse();
        assertThat(runAs.user(young, () -> themes.choices())).extracting(ThemeChoice::id).doesNotContain(theme.id());
        assertThat(runAs.user(young, () -> themes.all())).extracting(ThemeChoice::id).contains(theme.id());
        assertThat(runAs.user(young, () -> themes.allActive(List.of(theme.id())))).isFalse();
        assertRefused(() -> sharing.send(young, "After it was retired " + word(), Mood.OK, theme.id()),
                "voice.themeGone");
        assertThat(sharing.themesOf(sent)).as("its views stay").containsExactly(theme.id());
        assertThat(audited("THEME_RETIRED", "theme " + theme.id())).isEqualTo(1);
        assertRefused(() -> runAs.user(WORKER, () -> themes.setActive(theme.id(), theme.version(), true)),
                "form.conflict");

        ThemeChoice restored = runAs.user(WORKER, () -> themes.setActive(theme.id(), retired.version(), true));

        assertThat(restored.active()).isTrue();
        assertThat(runAs.user(young, () -> themes.choices())).extracting(ThemeChoice::id).contains(theme.id());
        assertThat(audited("THEME_RESTORED", "theme " + theme.id())).isEqualTo(1);
        assertThat(sharing.send(young, "Back again " + word(), Mood.OK, theme.id())).isPositive();
    }

    @Test
    void theLastThemeInUseCannotBeRetired() {
        ThemeChoice last = create("Last one standing " + word());
        List<ThemeChoice> retiredHere = new ArrayList<>();
        try {
            for (ThemeChoice theme : runAs.user(WORKER, () -> themes.choices())) {
                if (theme.id() != last.id()) {
                    retiredHere.add(runAs.user(WORKER, () -> themes.setActive(theme.id(), theme.version(), false)));
                }
            }
            assertThat(runAs.user(WORKER, () -> themes.choices())).extracting(ThemeChoice::id)
                    .containsExactly(last.id());

            assertRefused(() -> runAs.user(WORKER, () -> themes.setActive(last.id(), last.version(), false)),
                    "themes.lastActive");
            assertThat(fresh(last.id()).active()).isTrue();
            assertThat(audited("THEME_RETIRED", "theme " + last.id())).isZero();
        } finally {
            for (ThemeChoice theme : retiredHere) {
                runAs.user(WORKER, () -> themes.setActive(theme.id(), theme.version(), true));
            }
        }
        assertThat(runAs.user(WORKER, () -> themes.choices())).extracting(ThemeChoice::id)
                .containsAll(retiredHere.stream().map(ThemeChoice::id).toList());
    }

    @Test
    void mergingMovesEveryViewOnceAndTheFiguresWithThem() {
        String young = sharing.youngPerson(AgeBand.AGE_16_17, true);
        String leaver = sharing.youngPerson(AgeBand.AGE_18_20, false);
        ThemeChoice old = create("Merged away " + word());
        ThemeChoice into = create("Merged into " + word());
        ThemeChoice other = create("Merge bystander " + word());
        YearMonth march = YearMonth.of(1993, 3);
        long onlyOld = sharing.shareIn(march, young, Mood.HAPPY, old.id());
        long both = sharing.shareIn(march, young, Mood.HAPPY, old.id(), into.id());
        long onlyInto = sharing.shareIn(march, leaver, Mood.UNHAPPY, into.id());
        long oldAndOther = sharing.shareIn(march, leaver, Mood.UNHAPPY, other.id(), old.id());
        long waiting = sharing.sendIn(march, young, Mood.OK, old.id());
        Period period = new Period(march, march);

        Dashboard before = runAs.user(DemoUsers.BOARD, () -> insight.dashboard(period));
        assertThat(before.totalViews()).isEqualTo(4);
        assertThat(views(before, old)).isEqualTo(3);
        assertThat(views(before, into)).isEqualTo(2);

        runAs.user(WORKER, () -> themes.merge(old.id(), into.id()));

        assertThat(sharing.themesOf(onlyOld)).containsExactly(into.id());
        assertThat(sharing.themesOf(both)).as("once, not twice").containsExactly(into.id());
        assertThat(sharing.themesOf(onlyInto)).containsExactly(into.id());
        assertThat(sharing.themesOf(oldAndOther)).containsExactlyInAnyOrder(other.id(), into.id());
        assertThat(sharing.themesOf(waiting)).as("waiting views move too").containsExactly(into.id());
        assertThat(jdbc.queryForObject("select count(*) from contribution_theme where theme_id = ?", Integer.class,
                old.id())).isZero();

        ThemeChoice merged = fresh(old.id());
        assertThat(merged.active()).isFalse();
        assertThat(merged.mergedInto()).isEqualTo(into.id());
        assertThat(runAs.user(young, () -> themes.choices())).extracting(ThemeChoice::id).doesNotContain(old.id())
                .contains(into.id());
        Map<String, Object> record = jdbc.queryForMap("select into_theme_id, merged_by, merged_at from theme_merge"
                + " where from_theme_id = ?", old.id());
        assertThat(record).containsEntry("into_theme_id", into.id()).containsEntry("merged_by",
                views.accountId(WORKER));
        assertThat(record.get("merged_at")).isNotNull();
        assertThat(jdbc.queryForMap("select actor_account_id, detail from audit_entry where action = 'THEMES_MERGED'"
                + " and subject = ?", "theme " + old.id())).containsEntry("actor_account_id", views.accountId(WORKER))
                .containsEntry("detail", "into theme " + into.id());

        Dashboard after = runAs.user(DemoUsers.BOARD, () -> insight.dashboard(period));
        assertThat(after.totalViews()).isEqualTo(4);
        assertThat(after.themes()).extracting(ThemeFigures::themeId).as("the merged theme has nothing left to show")
                .doesNotContain(old.id());
        assertThat(views(after, into)).as("3 + 2 less the one view that had both").isEqualTo(4);
        assertThat(views(after, other)).isEqualTo(1);
        assertThat(cells(after.moods(), into.id())).as("2 happy and 2 unhappy: too few to show")
                .containsExactly(0L, null, 0L, null, 0L);
        assertThat(after.moods().rows()).filteredOn(r -> r.themeId() == into.id()).singleElement()
                .extracting(Breakdown.Row::total).isEqualTo(4L);
        assertThat(after.moods().rows()).extracting(Breakdown.Row::themeId).doesNotContain(old.id());
        assertThat(jdbc.queryForObject("select count(*) from insight_month where theme_id = ?", Integer.class,
                old.id())).isZero();
        assertThat(runAs.user(DemoUsers.BOARD, () -> shared.countShared(SharedFilter.theme(old.id())))).isZero();
        assertThat(runAs.user(DemoUsers.BOARD, () -> shared.shared(SharedFilter.theme(into.id()), 0, 10)))
                .extracting(SharedView::id).containsExactlyInAnyOrder(onlyOld, both, onlyInto, oldAndOther);

        sharing.approve(waiting);
        Dashboard later = runAs.user(DemoUsers.BOARD, () -> insight.dashboard(period));
        assertThat(views(later, into)).as("a view waiting at the merge counts under its new theme").isEqualTo(5);
        assertThat(later.totalViews()).isEqualTo(5);
        assertThat(later.themes()).extracting(ThemeFigures::themeId).doesNotContain(old.id());
    }

    private static long views(Dashboard dashboard, ThemeChoice theme) {
        return dashboard.themes().stream().filter(t -> t.themeId() == theme.id()).findFirst().orElseThrow().views();
    }

    private static List<Long> cells(Breakdown breakdown, long themeId) {
        return breakdown.rows().stream().filter(r -> r.themeId() == themeId).findFirst().orElseThrow().cells()
                .stream().map(Cell::views).collect(Collectors.toCollection(ArrayList::new));
    }

    @Test
    void aThemeMergesOnceIntoAnotherThemeInUse() {
        ThemeChoice a = create("Merge rules A " + word());
        ThemeChoice b = create("Merge rules B " + word());
        ThemeChoice retired = create("Merge rules retired " + word());
        runAs.user(WORKER, () -> themes.setActive(retired.id(), retired.version(), false));

        assertRefused(() -> runAs.user(WORKER, () -> themes.merge(a.id(), a.id())), "themes.mergeSame");
        assertRefused(() -> runAs.user(WORKER, () -> themes.merge(a.id(), retired.id())), "themes.mergeRetired");
        assertRefused(() -> runAs.user(WORKER, () -> themes.merge(a.id(), Long.MAX_VALUE)), "themes.gone");
        assertRefused(() -> runAs.user(WORKER, () -> themes.merge(Long.MAX_VALUE, a.id())), "themes.gone");
        assertThat(fresh(a.id()).active()).isTrue();
        assertThat(audited("THEMES_MERGED", "theme " + a.id())).isZero();

        runAs.user(WORKER, () -> themes.merge(a.id(), b.id()));

        assertRefused(() -> runAs.user(WORKER, () -> themes.merge(a.id(), b.id())), "themes.mergeRetired");
        ThemeChoice c = create("Merge rules C " + word());
        assertRefused(() -> runAs.user(WORKER, () -> themes.merge(a.id(), c.id())), "themes.mergeRetired");
        assertRefused(() -> runAs.user(WORKER, () -> themes.merge(c.id(), a.id())), "themes.mergeRetired");
        ThemeChoice merged = fresh(a.id());
        assertRefused(() -> runAs.user(WORKER, () -> themes.setActive(a.id(), merged.version(), true)),
                "themes.mergedStaysRetired");
        assertThat(fresh(a.id())).extracting(ThemeChoice::active, ThemeChoice::mergedInto)
                .containsExactly(false, b.id());
        assertThat(jdbc.queryForObject("select count(*) from theme_merge where from_theme_id = ?", Integer.class,
                a.id())).isEqualTo(1);
        assertThat(audited("THEMES_MERGED", "theme " + a.id())).isEqualTo(1);
        assertThat(audited("THEMES_MERGED", "theme " + c.id())).isZero();

        runAs.user(WORKER, () -> themes.merge(retired.id(), b.id()));
        assertThat(fresh(retired.id()).mergedInto()).as("a retired theme can still be merged away").isEqualTo(b.id());
    }

    @Test
    void onlyParticipationWorkersKeepTheThemeList() {
        ThemeChoice theme = create("Workers only " + word());
        ThemeChoice into = create("Workers only into " + word());
        ThemeForm form = new ThemeForm("Not yours " + word(), "Label", "vaadin:star", "");
        String young = testAccounts.create(Role.YOUNG_PERSON);

        for (String who : List.of(young, DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.BOARD,
                DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> runAs.user(who, () -> themes.create(form))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> themes.update(theme.id(), theme.version(), form)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> themes.setActive(theme.id(), theme.version(), false)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> themes.merge(theme.id(), into.id()))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(runAs.user(who, () -> themes.choices())).as(who).extracting(ThemeChoice::id)
                    .contains(theme.id());
        }
        assertThat(fresh(theme.id())).isEqualTo(theme);
        assertThat(themesNamed(form.name())).isZero();
        assertThat(runAs.user(young, () -> contributions.submit(new ContributionForm(java.util.UUID.randomUUID()
                .toString(), "Still about it " + word(), List.of(theme.id()), Mood.OK, false, false)))).isPositive();
    }
}
