package org.ourvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteNotFoundError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ourvoice.insight.service.ChartSpec;
import org.ourvoice.insight.service.Dashboard;
import org.ourvoice.insight.service.DashboardCharts;
import org.ourvoice.insight.service.InsightService;
import org.ourvoice.insight.service.Period;
import org.ourvoice.insight.service.ThemeFigures;
import org.ourvoice.insight.ui.ThemesDashboardView;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeForm;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.ourvoice.voice.ui.SharedViewsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The themes dashboard and the shared views it opens onto, used as each role would use them,
 * without a browser. Each test makes its own themes and views (the database is shared), so it
 * knows exactly what its themes' figures must be.
 */
@PortalTest
class InsightViewsTest extends SpringBrowserlessTest {

    private static final String HELD_BACK = "fewer than 5";
    private static final List<String> CHARTS = List.of("themes", "trend", "moods", "cohort", "ageBand", "county");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    // columns of the shared views grid
    private static final int WORDS = 1;
    private static final int THEMES = 2;
    private static final int QUOTE = 5;

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    ContributionService contributions;
    @Autowired
    ModerationService moderation;
    @Autowired
    ThemeService themeService;
    @Autowired
    SharedViewService sharedViews;
    @Autowired
    InsightService insight;

    // --- the dashboard -------------------------------------------------------------------------

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberReadsTheSummaryTheThemesAndEveryChartWithItsTable() {
        ThemeChoice busy = newTheme("Buses");
        ThemeChoice quiet = newTheme("Libraries");
        String young = testAccounts.create(Role.YOUNG_PERSON);
        for (int i = 0; i < 6; i++) {
            shareView(young, "The bus never comes on time " + unique(), busy.id(), Mood.HAPPY);
        }
        shareView(young, "The library shuts too early " + unique(), quiet.id(), Mood.HAPPY);
        shareView(young, "More books for teenagers " + unique(), quiet.id(), Mood.OK);
        YearMonth now = insight.thisMonth();

        navigate(ThemesDashboardView.class);

        Period year = Period.last(12, now);
        assertThat(summary()).isEqualTo(summaryFor(year));
        assertThat(themeRow(busy)).containsExactly(busy.name(), "6", "0", "New");
        assertThat(themeRow(quiet)).containsExactly(quiet.name(), "2", "0", "Steady");
        assertThat(themeLink(busy)).satisfies(link -> {
            assertThat(link.getText()).isEqualTo(busy.name());
            QueryParameters query = test(link).getQueryParameters();
            assertThat(test(link).getPath()).isEqualTo("shared-views");
            assertThat(query.getSingleParameter("theme")).hasValue(String.valueOf(busy.id()));
            assertThat(query.getSingleParameter("from")).hasValue(year.from().toString());
            assertThat(query.getSingleParameter("to")).hasValue(now.toString());
        });

        assertThat($(Div.class).withClassName("chart-panel").all().stream().map(d -> d.getId().orElseThrow()))
                .containsExactlyElementsOf(CHARTS.stream().map(c -> "chart-" + c).toList());
        for (String chart : CHARTS) {
            Div panel = panel(chart);
            Image image = $(Image.class, panel).single();
            assertThat(image.getAlt()).as("the chart's text alternative").hasValueSatisfying(alt ->
                    assertThat(alt).isNotBlank());
            assertThat(image.getSrc()).startsWith("data:image/svg+xml;base64,");
            assertThat($(Anchor.class, panel).withId("csv-" + chart).single().getText())
                    .isEqualTo("Download the figures (CSV)");
            Details details = $(Details.class, panel).single();
            assertThat(details.getSummaryText()).isEqualTo("Show the figures as a table");
            test(details).openDetails();
            assertThat(details.isOpened()).isTrue();
        }
        assertThat(svg(panel("themes"))).as("the themes chart draws the theme's name").contains(busy.name());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test($(Anchor.class).withId("csv-themes").single()).download(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8))
                .startsWith("\uFEFF\"Theme\",\"This period\",\"Period before\"\r\n")
                .contains("\"" + busy.name() + "\",\"6\",\"0\"\r\n");

        // every table says what the service counts for the same period, cell by cell
        Dashboard dashboard = insight.dashboard(year);
        List<ChartSpec> specs = DashboardCharts.all(dashboard, (key, args) -> UI.getCurrent().getTranslation(key, args));
        for (ChartSpec spec : specs) {
            assertThat(table(panel(spec.id()))).as("the table of " + spec.id()).isEqualTo(expectedTable(spec));
        }

        // and what this test's own views must give, worked out by hand
        assertThat(row(panel("themes"), busy.name())).containsExactly("6", "0");
        assertThat(row(panel("themes"), quiet.name())).containsExactly("2", "0");
        assertThat(header(panel("moods"))).containsExactly("Theme", "Very sad", "Sad", "OK", "Happy", "Very happy");
        assertThat(row(panel("moods"), busy.name())).containsExactly("0", "0", "0", "6", "0");
        assertThat(row(panel("moods"), quiet.name())).as("a theme with fewer than 5 views shows no figures")
                .containsExactly("0", "0", HELD_BACK, HELD_BACK, "0");
        assertThat(header(panel("cohort"))).containsExactly("Theme", "In care", "Care leaver");
        assertThat(row(panel("cohort"), busy.name())).containsExactly("6", "0");
        assertThat(row(panel("cohort"), quiet.name())).containsExactly(HELD_BACK, "0");
        assertThat(header(panel("ageBand")))
                .containsExactly("Theme", "8 to 10", "11 to 13", "14 to 15", "16 to 17", "18 to 20", "21 to 25", "Not told");
        assertThat(row(panel("ageBand"), busy.name())).containsExactly("6", "0", "0", "0", "0", "0", "0");
        assertThat(header(panel("county"))).containsExactly("Theme", "In the county", "Out of the county", "Not told");
        assertThat(row(panel("county"), busy.name())).containsExactly("6", "0", "0");
        String thisMonth = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK).format(now);
        assertThat(table(panel("trend")).getLast().getFirst()).as("the trend ends this month").isEqualTo(thisMonth);
        assertThat(table(panel("trend"))).hasSize(1 + 12);

        test(themeLink(busy)).navigate();
        assertThat(getCurrentView()).as("a theme opens onto its views").isInstanceOf(SharedViewsView.class);
        assertThat(themeFilter().getValue()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(busy.id()));
        assertThat(texts()).hasSize(6).allSatisfy(words -> assertThat(words).startsWith("The bus never comes on time"));
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberSwitchesThePeriodAndABackwardsRangeIsExplainedOnTheField() {
        ThemeChoice theme = newTheme("Phones");
        String young = testAccounts.create(Role.YOUNG_PERSON);
        shareView(young, "I need a phone that works " + unique(), theme.id(), Mood.OK);
        YearMonth now = insight.thisMonth();
        navigate(ThemesDashboardView.class);
        assertThat(preset().getItemLabelGenerator().apply(preset().getValue())).isEqualTo("Last 12 months");
        assertThat(test(preset()).getSuggestions()).containsExactly("This month", "Last 3 months", "Last 6 months",
                "Last 12 months", "Choose months");
        assertThat($(Select.class).withId("dashboard-from").exists()).as("months are chosen only on request").isFalse();
        assertThat($(Select.class).withId("dashboard-to").exists()).isFalse();

        test(preset()).selectItem("This month");
        assertThat(summary()).isEqualTo(summaryFor(Period.last(1, now)));
        assertThat(themeRow(theme)).containsExactly(theme.name(), "1", "0", "Steady");
        assertThat(test(themeLink(theme)).getQueryParameters().getSingleParameter("from")).hasValue(now.toString());

        test(preset()).selectItem("Last 3 months");
        assertThat(summary()).isEqualTo(summaryFor(Period.last(3, now)));
        test(preset()).selectItem("Last 6 months");
        assertThat(summary()).isEqualTo(summaryFor(Period.last(6, now)));
        assertThat(test(themeLink(theme)).getQueryParameters().getSingleParameter("from"))
                .hasValue(now.minusMonths(5).toString());

        test(preset()).selectItem("Choose months");
        assertThat(from().isVisible()).isTrue();
        assertThat(to().isVisible()).isTrue();
        assertThat(from().getValue()).isEqualTo(now.minusMonths(11));
        assertThat(to().getValue()).isEqualTo(now);
        test(to()).selectItem(MONTH.format(now.minusMonths(2)));
        Period earlier = new Period(now.minusMonths(11), now.minusMonths(2));
        assertThat(summary()).isEqualTo(summaryFor(earlier));
        assertThat(themeRow(theme)).as("this month's view is outside the months chosen")
                .containsExactly(theme.name(), "0", "0", "Steady");

        test(from()).selectItem(MONTH.format(now));
        assertThat(to().isInvalid()).isTrue();
        assertThat(to().getErrorMessage()).isEqualTo("The first month must come before the last.");
        assertThat(summary()).as("the figures stay those of the last good choice").isEqualTo(summaryFor(earlier));
        assertThat(from().getValue()).as("what was chosen is kept").isEqualTo(now);

        test(to()).selectItem(MONTH.format(now));
        assertThat(to().isInvalid()).isFalse();
        assertThat(summary()).isEqualTo(summaryFor(Period.last(1, now)));
        assertThat(themeRow(theme)).containsExactly(theme.name(), "1", "0", "Steady");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerSeesTheSameDashboard() {
        ThemeChoice theme = newTheme("Sport");
        String young = testAccounts.create(Role.CARE_LEAVER);
        for (int i = 0; i < 5; i++) {
            shareView(young, "Free gym passes would help " + unique(), theme.id(), Mood.VERY_HAPPY);
        }
        YearMonth now = insight.thisMonth();

        navigate(ThemesDashboardView.class);

        assertThat(summary()).isEqualTo(summaryFor(Period.last(12, now)));
        assertThat(themeRow(theme)).containsExactly(theme.name(), "5", "0", "New");
        assertThat($(Div.class).withClassName("chart-panel").all()).hasSize(CHARTS.size());
        assertThat(row(panel("moods"), theme.name())).containsExactly("0", "0", "0", "0", "5");
        assertThat(row(panel("cohort"), theme.name())).containsExactly("0", "5");
        assertThat(row(panel("ageBand"), theme.name())).containsExactly("0", "0", "0", "0", "5", "0", "0");
        assertThat($(Div.class).withId("pack-result").exists()).as("the board pack can be made here too").isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aYoungPersonCannotOpenTheDashboard() {
        navigate("dashboard", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.CARE_LEAVER)
    void aCareLeaverCannotOpenTheDashboard() {
        navigate("dashboard", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.ADMIN)
    void anAdministratorCannotOpenTheDashboard() {
        navigate("dashboard", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    // --- shared views, as the dashboard opens them ------------------------------------------------

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aThemeAndQuotesInTheAddressShowOnlyThatThemesQuotesWithTheQuoteColumnAsText() {
        ThemeChoice theme = newTheme("Cooking");
        ThemeChoice other = newTheme("Gardens");
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String marker = unique();
        long quoted = shareView(young, "Cooking lessons please " + marker, theme.id(), Mood.HAPPY);
        shareView(young, "Teach us to bake " + marker, theme.id(), Mood.HAPPY);
        long otherQuote = shareView(young, "A garden to grow food " + marker, other.id(), Mood.OK);
        runAs.user(DemoUsers.WORKER, () -> {
            sharedViews.chooseAsQuote(quoted, true);
            sharedViews.chooseAsQuote(otherQuote, true);
        });

        openSharedViews(Map.of("theme", String.valueOf(theme.id()), "quotes", "true"));

        assertThat(themeFilter().getValue()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(theme.id()));
        assertThat($(Checkbox.class).withId("shared-quotes-only").single().getValue()).isTrue();
        assertThat(texts()).containsExactly("Cooking lessons please " + marker);
        assertThat(test(sharedGrid()).getCellText(0, THEMES)).isEqualTo(theme.name());
        assertThat($(Paragraph.class).withId("shared-count").single().getText()).startsWith("1 view");
        assertThat(test(sharedGrid()).getHeaderCell(QUOTE)).isEqualTo("Quote for the board");
        assertThat(test(sharedGrid()).getCellText(0, QUOTE)).as("a board member reads the mark, cannot change it")
                .isEqualTo("Quote for the board");

        test($(Checkbox.class).withId("shared-quotes-only").single()).click();
        assertThat(texts()).containsExactlyInAnyOrder("Cooking lessons please " + marker, "Teach us to bake " + marker);
        int notQuoted = rowOf("Teach us to bake " + marker);
        assertThat(test(sharedGrid()).getCellText(notQuoted, QUOTE)).isEmpty();
        assertThat($(Checkbox.class, sharedGrid()).all()).as("no tick boxes for the board").isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void theDashboardsMonthsInTheAddressNarrowTheSharedViews() {
        ThemeChoice theme = newTheme("Transport");
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String marker = unique();
        shareView(young, "Cheaper train fares " + marker, theme.id(), Mood.OK);
        YearMonth now = insight.thisMonth();

        openSharedViews(Map.of("theme", String.valueOf(theme.id()),
                "from", now.minusMonths(2).toString(), "to", now.minusMonths(1).toString()));
        assertThat(texts()).as("this month's view is outside the months asked for").isEmpty();

        openSharedViews(Map.of("theme", String.valueOf(theme.id()), "from", now.toString(),
                "to", now.toString()));
        assertThat(texts()).containsExactly("Cheaper train fares " + marker);

        openSharedViews(Map.of("theme", "not-a-number", "from", "last-year", "quotes", "maybe"));
        assertThat(texts()).as("an unreadable month is left out, not an error").contains("Cheaper train fares " + marker);
        assertThat(themeFilter().getValue()).as("nonsense in the address is ignored").isEmpty();
        assertThat($(Checkbox.class).withId("shared-quotes-only").single().getValue()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerTicksTheQuoteBoxAndTheViewBecomesAQuote() {
        ThemeChoice theme = newTheme("Homework");
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String words = "Homework clubs after school " + unique();
        long id = shareView(young, words, theme.id(), Mood.OK);

        openSharedViews(Map.of("theme", String.valueOf(theme.id())));
        assertThat(texts()).containsExactly(words);
        Component cell = test(sharedGrid()).getCellComponent(0, QUOTE);
        assertThat(cell).isInstanceOf(Checkbox.class);
        Checkbox box = (Checkbox) cell;
        assertThat(box.getValue()).isFalse();
        assertThat(box.getAriaLabel()).hasValue("Quote for the board");

        test(box).click();

        assertThat(box.getValue()).isTrue();
        assertThat(sharedViews.shared(new SharedFilter(theme.id(), true, null, null, null), 0, 10))
                .extracting(SharedView::id).containsExactly(id);
        test($(Checkbox.class).withId("shared-quotes-only").single()).click();
        assertThat(texts()).as("it is now among the quotes").containsExactly(words);
        assertThat(((Checkbox) test(sharedGrid()).getCellComponent(0, QUOTE)).getValue()).isTrue();

        test((Checkbox) test(sharedGrid()).getCellComponent(0, QUOTE)).click();
        assertThat(sharedViews.countShared(new SharedFilter(theme.id(), true, null, null, null)))
                .as("unticking takes the mark away").isZero();
    }

    // --- helpers -------------------------------------------------------------------------------

    private ThemeChoice newTheme(String name) {
        return runAs.user(DemoUsers.WORKER, () -> themeService.create(new ThemeForm(name + " " + unique(),
                name + " for young people", "vaadin:star", "A theme made by a test")));
    }

    /** Sends a view as the young person and shares it as the demo worker; returns its id. */
    private long shareView(String young, String words, long themeId, Mood mood) {
        long id = runAs.user(young, () -> contributions.submit(new ContributionForm(UUID.randomUUID().toString(),
                words, List.of(themeId), mood, false, false)));
        runAs.user(DemoUsers.WORKER, () -> {
            var item = moderation.open(id).item();
            moderation.approve(id, item.version(), null, item.themeIds());
        });
        return id;
    }

    private String summaryFor(Period period) {
        Dashboard dashboard = insight.dashboard(period);
        return dashboard.totalViews() + " views shared from " + MONTH.format(period.from()) + " to "
                + MONTH.format(period.to()) + "; " + dashboard.previousTotalViews()
                + " in the same length of time before.";
    }

    private String summary() {
        return $(Paragraph.class).withId("dashboard-summary").single().getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<ThemeFigures> themesGrid() {
        return $(Grid.class).withId("dashboard-themes").single();
    }

    private int themeIndex(ThemeChoice theme) {
        Grid<ThemeFigures> grid = themesGrid();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).themeId() == theme.id()) {
                return row;
            }
        }
        throw new AssertionError("No row for " + theme.name());
    }

    /** The theme's row as read: its link's words, this period, the period before, the change. */
    private List<String> themeRow(ThemeChoice theme) {
        int row = themeIndex(theme);
        var grid = test(themesGrid());
        return List.of(((Anchor) grid.getCellComponent(row, 0)).getText(), grid.getCellText(row, 1),
                grid.getCellText(row, 2), grid.getCellText(row, 3));
    }

    private Anchor themeLink(ThemeChoice theme) {
        return (Anchor) test(themesGrid()).getCellComponent(themeIndex(theme), 0);
    }

    @SuppressWarnings("unchecked")
    private Select<Object> preset() {
        return $(Select.class).withId("dashboard-period").single();
    }

    @SuppressWarnings("unchecked")
    private Select<YearMonth> from() {
        return $(Select.class).withId("dashboard-from").single();
    }

    @SuppressWarnings("unchecked")
    private Select<YearMonth> to() {
        return $(Select.class).withId("dashboard-to").single();
    }

    private Div panel(String chart) {
        return $(Div.class).withId("chart-" + chart).single();
    }

    private String svg(Div panel) {
        String src = $(Image.class, panel).single().getSrc();
        return new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    /** The chart's table as text: the header row first, then a row per category. */
    private List<List<String>> table(Div panel) {
        NativeTable table = $(NativeTable.class, panel).single();
        assertThat($(H3.class, panel).single().getText()).isEqualTo(table.getCaptionText());
        List<List<String>> rows = new ArrayList<>();
        Stream.concat(table.getHead().getChildren(), table.getBody().getChildren())
                .map(NativeTableRow.class::cast)
                .forEach(row -> rows.add(row.getAllCells().stream().map(c -> c.getElement().getText()).toList()));
        return rows;
    }

    private static List<List<String>> expectedTable(ChartSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(spec.categoryLabel());
        spec.series().forEach(s -> head.add(s.name()));
        rows.add(head);
        for (int c = 0; c < spec.categories().size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(spec.categories().get(c));
            for (ChartSpec.Series s : spec.series()) {
                Long value = s.values().get(c);
                row.add(value == null ? HELD_BACK : String.valueOf(value));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<String> header(Div panel) {
        return table(panel).getFirst();
    }

    /** The figures of the table's row for a category (without the category itself). */
    private List<String> row(Div panel, String category) {
        return table(panel).stream().skip(1).filter(r -> r.getFirst().equals(category)).findFirst()
                .map(r -> r.subList(1, r.size())).orElseThrow(() -> new AssertionError("No row " + category));
    }

    /** Opens the shared views at an address with a query, as the dashboard's links do. */
    private void openSharedViews(Map<String, String> query) {
        UI.getCurrent().navigate("shared-views", QueryParameters.simple(query));
        assertThat(getCurrentView()).isInstanceOf(SharedViewsView.class);
    }

    @SuppressWarnings("unchecked")
    private Select<Optional<ThemeChoice>> themeFilter() {
        return $(Select.class).withId("shared-theme").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<SharedView> sharedGrid() {
        return $(Grid.class).withId("shared-grid").single();
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < test(sharedGrid()).size(); row++) {
            texts.add(test(sharedGrid()).getCellText(row, WORDS));
        }
        return texts;
    }

    private int rowOf(String words) {
        return texts().indexOf(words);
    }

    /** A made-up word that screening cannot mistake for a postcode, a phone number or a phrase. */
    private static String unique() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }
}
