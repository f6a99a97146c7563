package org.ourvoice.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeForm;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board's journey through the themes dashboard in Chromium: the charts with their text
 * alternatives and tables, a chart's figures downloaded as CSV, a theme opened onto its views, and
 * the board pack made in the background and downloaded as a PDF. Also: the screens scanned with axe
 * in the states people see them, and the dashboard on a 320 px phone.
 */
class DashboardJourneyIT extends BrowserTest {

    private static final double PACK_TIMEOUT_MILLIS = 120_000;
    private static final String CHARTS = "#chart-themes, #chart-trend, #chart-moods, #chart-cohort, #chart-ageBand,"
            + " #chart-county";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    ThemeService themeService;
    @Autowired
    ContributionService contributions;
    @Autowired
    ModerationService moderation;

    @Test
    void aBoardMemberReadsTheChartsTakesTheFiguresOpensAThemeAndMakesTheBoardPack() throws IOException {
        ThemeChoice theme = themeWithViews("Buses", 6, "The bus never comes on time");
        List<String> problems = new ArrayList<>();

        signIn(page, DemoUsers.BOARD, DemoUsers.PASSWORD);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Themes dashboard"))
                .click();
        assertThat(page.locator("#dashboard-summary")).containsText("views shared from");
        page.reload(); // the dashboard opens again from its address, as from a bookmark
        assertThat(page.locator("#dashboard-summary")).containsText("views shared from");
        Locator images = page.locator(".chart-panel img");
        assertThat(images).hasCount(6);
        for (int i = 0; i < images.count(); i++) {
            Locator image = images.nth(i);
            image.scrollIntoViewIfNeeded();
            Assertions.assertThat(image.getAttribute("alt")).as("chart %d has a text alternative", i).isNotBlank();
            Assertions.assertThat((Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0"))
                    .as("chart %d is drawn", i).isTrue();
        }
        Locator themeRow = page.locator("#dashboard-themes vaadin-grid-cell-content a.theme-link")
                .filter(new Locator.FilterOptions().setHasText(theme.name()));
        assertThat(themeRow).hasCount(1);
        scan(page, "the dashboard with its charts", problems);

        Locator moods = page.locator("#chart-moods");
        assertThat(moods.locator("table")).isHidden();
        moods.locator("vaadin-details-summary").click();
        assertThat(moods.locator("table")).isVisible();
        assertThat(moods.locator("table caption")).hasText("How young people felt");
        assertThat(moods.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(theme.name()))
                .locator("td")).hasText(new String[] {"0", "0", "0", "6", "0"});
        scan(page, "the dashboard with a chart's table open", problems);

        Download csv = page.waitForDownload(() -> page.locator("#csv-themes").click());
        Assertions.assertThat(csv.suggestedFilename()).isEqualTo("ourvoice-themes.csv");
        String figures = Files.readString(csv.path(), StandardCharsets.UTF_8);
        Assertions.assertThat(figures).startsWith("\uFEFF\"Theme\",\"This period\",\"Period before\"\r\n")
                .contains("\"" + theme.name() + "\",\"6\",\"0\"\r\n");

        themeRow.click();
        page.waitForURL(Pattern.compile(".*/shared-views\\?.*theme=" + theme.id() + ".*"));
        assertThat(page.locator("#shared-count")).hasText("6 views");
        assertThat(page.locator("#shared-theme")).containsText(theme.name());
        assertThat(page.locator("#shared-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("The bus never comes on time")).first()).isVisible();
        page.goBack();
        assertThat(page.locator("#dashboard-summary")).containsText("views shared from");

        // the progress bar may show only briefly: note in the page whenever it is shown
        page.evaluate("""
                () => {
                  window.packProgressShown = false;
                  new MutationObserver(() => {
                    const bar = document.getElementById('pack-progress');
                    if (bar && !bar.hidden && bar.offsetWidth > 0) { window.packProgressShown = true; }
                  }).observe(document.querySelector('.board-pack'),
                      { attributes: true, childList: true, subtree: true });
                }""");
        page.locator("#pack-make").click();
        assertThat(page.locator("#pack-download"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PACK_TIMEOUT_MILLIS));
        Assertions.assertThat((Boolean) page.evaluate("() => window.packProgressShown"))
                .as("the progress bar showed while the pack was made").isTrue();
        assertThat(page.locator("#pack-progress")).isHidden();
        assertThat(page.locator("#pack-status")).hasText("The board pack is ready.");
        assertThat(page.locator("#pack-make")).isEnabled();
        scan(page, "the dashboard with the board pack ready", problems);

        Download pack = page.waitForDownload(() -> page.locator("#pack-download").click());
        Assertions.assertThat(pack.suggestedFilename()).matches("ourvoice-board-pack-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        byte[] pdf = Files.readAllBytes(pack.path());
        Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            Assertions.assertThat(text).contains("Corporate Parenting Board").contains(theme.name());
        }
        Assertions.assertThat(problems).as("serious or critical axe violations").isEmpty();
    }

    @Test
    void theThemesScreenWithItsDialogsOpenHasNoSeriousAccessibilityProblems() {
        themeWithViews("Games", 1, "More board games in the lounge");
        List<String> problems = new ArrayList<>();
        signIn(page, DemoUsers.WORKER, DemoUsers.PASSWORD);
        page.navigate(url("theme-list"));
        assertThat(page.locator("#themes-grid")).isVisible();
        scan(page, "the themes screen", problems);

        page.locator("#theme-add").click();
        assertThat(page.locator("#theme-name")).isVisible();
        scan(page, "the add-a-theme dialog", problems);
        page.locator("#theme-name input").fill("Board games " + unique());
        page.locator("#theme-save").click();
        assertThat(page.getByText("Please give the theme a label young people will understand.")).isVisible();
        scan(page, "the add-a-theme dialog with a message on a field", problems);
        page.locator("#theme-label input").fill("Games to play");
        page.locator("#theme-icon").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("football")).click();
        page.locator("#theme-save").click();
        assertThat(page.locator("#theme-name")).isHidden();
        assertThat(page.getByText("Theme saved.")).isVisible();

        page.locator("#themes-grid vaadin-button").filter(new Locator.FilterOptions()
                .setHasText("Merge into another theme")).first().click();
        assertThat(page.locator("#merge-into")).isVisible();
        scan(page, "the merge dialog", problems);
        page.keyboard().press("Escape");
        Assertions.assertThat(problems).as("serious or critical axe violations").isEmpty();
    }

    @Test
    void theDashboardFitsA320PixelPhoneWithoutScrollingSideways() {
        themeWithViews("Youth clubs with a rather long name for a phone", 5, "Open the youth club on Sundays");
        Page phone = newPerson(320);
        signIn(phone, DemoUsers.BOARD, DemoUsers.PASSWORD);
        phone.navigate(url("dashboard"));
        assertThat(phone.locator(CHARTS)).hasCount(6);
        assertThat(phone.locator(".chart-panel img").last()).isVisible();
        Assertions.assertThat(sidewaysOverflow(phone)).as("page wider than a 320 px screen with the charts")
                .isLessThanOrEqualTo(1);
        Assertions.assertThat(cutOff(phone)).as("charts and tables running off the screen").isEmpty();

        phone.locator("#chart-ageBand vaadin-details-summary").click();
        assertThat(phone.locator("#chart-ageBand table")).isVisible();
        Assertions.assertThat(sidewaysOverflow(phone)).as("page wider than the screen with a wide table open")
                .isLessThanOrEqualTo(1);
        Assertions.assertThat(cutOff(phone)).as("charts and tables running off the screen").isEmpty();

        phone.locator("#dashboard-period").click();
        phone.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Choose months")).click();
        assertThat(phone.locator("#dashboard-to")).isVisible();
        Assertions.assertThat(sidewaysOverflow(phone)).as("page wider than the screen with the months to choose")
                .isLessThanOrEqualTo(1);
        phone.context().close();
    }

    /** How many pixels the whole page is wider than the window (0 or less: no sideways scrolling). */
    private static int sidewaysOverflow(Page on) {
        return ((Number) on.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    /**
     * The charts, tables and panels whose right edge is beyond the window: a page can be narrow
     * enough not to scroll and still cut a picture off, which the reader then cannot see at all.
     */
    @SuppressWarnings("unchecked")
    private static List<String> cutOff(Page on) {
        return (List<String>) on.evaluate("""
                () => [...document.querySelectorAll('.chart-panel, .chart-image, .chart-table, .figures-table,'
                    + ' .board-pack, #dashboard-summary')]
                  .filter(e => e.getBoundingClientRect().width > 0
                    && e.getBoundingClientRect().right > window.innerWidth + 1)
                  .map(e => (e.id || e.className) + ' ends at ' + Math.round(e.getBoundingClientRect().right))""");
    }

    private void scan(Page on, String what, List<String> problems) {
        seriousAccessibilityProblems(on).forEach(problem -> problems.add(what + ": " + problem));
    }

    /** A new theme with the number of views in it, sent by one young person and shared by the demo worker. */
    private ThemeChoice themeWithViews(String name, int views, String words) {
        ThemeChoice theme = runAs.user(DemoUsers.WORKER, () -> themeService.create(new ThemeForm(
                name + " " + unique(), name + " for young people " + unique(), "vaadin:star", "Made by a test")));
        String young = testAccounts.create(Role.YOUNG_PERSON);
        for (int i = 0; i < views; i++) {
            long id = runAs.user(young, () -> contributions.submit(new ContributionForm(UUID.randomUUID().toString(),
                    words + " " + unique(), List.of(theme.id()), Mood.HAPPY, false, false)));
            runAs.user(DemoUsers.WORKER, () -> {
                var item = moderation.open(id).item();
                moderation.approve(id, item.version(), null, item.themeIds());
            });
        }
        return theme;
    }

    private static String unique() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }
}
