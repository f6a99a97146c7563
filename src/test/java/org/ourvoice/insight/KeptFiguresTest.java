package org.ourvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.insight.service.ChartPictures;
import org.ourvoice.insight.service.ChartSpec;
import org.ourvoice.insight.service.Dashboard;
import org.ourvoice.insight.service.DashboardCharts;
import org.ourvoice.insight.service.InsightService;
import org.ourvoice.insight.service.Period;
import org.ourvoice.insight.service.ThemeFigures;
import org.ourvoice.insight.ui.ThemesDashboardView;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestSharing;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.ui.HomeView;
import org.ourvoice.voice.domain.Mood;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard's figures are counted once for everyone who opens it within a minute, and its charts
 * drawn once; a view shared meanwhile shows at once, and who may read the figures is unchanged. Each
 * test shares its views in a month of its own, long ago.
 */
@PortalTest
class KeptFiguresTest extends SpringBrowserlessTest {

    @Autowired
    InsightService insight;
    @Autowired
    ChartPictures pictures;
    @Autowired
    TestSharing sharing;
    @Autowired
    RunAs runAs;

    private Dashboard read(String who, Period period) {
        return runAs.user(who, () -> insight.dashboard(period));
    }

    private static long views(Dashboard dashboard, ThemeChoice theme) {
        return dashboard.themes().stream().filter(t -> t.themeId() == theme.id()).findFirst()
                .map(ThemeFigures::views)
                .orElseThrow(() -> new AssertionError(theme.name() + " is not on the dashboard"));
    }

    @Test
    void aSecondReadingWithinTheMinuteSharesTheFiguresAndAViewSharedMeanwhileShowsAtOnce() {
        String young = sharing.youngPerson(AgeBand.AGE_14_15, true);
        ThemeChoice theme = sharing.theme("Kept a minute");
        YearMonth june = YearMonth.of(1995, 6);
        sharing.shareIn(5, june, young, Mood.OK, theme.id());
        Period period = new Period(june, june);

        Dashboard first = read(DemoUsers.BOARD, period);
        Dashboard second = read(DemoUsers.WORKER, period);

        assertThat(second).as("counted once for everyone who may read it").isSameAs(first);
        assertThat(first.totalViews()).isEqualTo(5);
        assertThat(views(first, theme)).isEqualTo(5);

        sharing.shareIn(june, young, Mood.HAPPY, theme.id());
        Dashboard afterSharing = read(DemoUsers.BOARD, period);

        assertThat(afterSharing.totalViews()).as("the view just shared counts at once").isEqualTo(6);
        assertThat(views(afterSharing, theme)).isEqualTo(6);
        assertThat(read(DemoUsers.WORKER, period)).isSameAs(afterSharing);

        long waiting = sharing.sendIn(june, young, Mood.OK, theme.id());
        assertThat(read(DemoUsers.BOARD, period).totalViews()).as("a view still waiting does not count").isEqualTo(6);
        sharing.approve(waiting);
        assertThat(read(DemoUsers.BOARD, period).totalViews()).as("and counts once approved").isEqualTo(7);
    }

    @Test
    void keptFiguresAreStillReadOnlyByTheBoardAndWorkers() {
        Period period = new Period(YearMonth.of(1995, 8), YearMonth.of(1995, 9));
        Dashboard kept = read(DemoUsers.BOARD, period);
        assertThat(read(DemoUsers.WORKER, period)).isSameAs(kept);

        for (String who : List.of(DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> read(who, period)).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aChartIsDrawnOnceAndADifferentFigureIsADifferentChart() {
        ChartSpec chart = chart(7L);
        String picture = pictures.svg(chart, 640);

        assertThat(picture).startsWith("data:image/svg+xml;base64,");
        assertThat(pictures.svg(chart(7L), 640)).as("the same chart, kept").isSameAs(picture);
        assertThat(pictures.svg(chart(8L), 640)).as("another figure").isNotEqualTo(picture);
        assertThat(pictures.svg(chart, 320)).as("another size").isNotEqualTo(picture);
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberOpeningTheDashboardAgainSeesTheSameChartsAndFigures() {
        String young = sharing.youngPerson(AgeBand.AGE_16_17, false);
        ThemeChoice theme = sharing.theme("Opened twice");
        sharing.share(young, "Twice over " + TestSharing.word(), Mood.OK, theme.id());

        navigate(ThemesDashboardView.class);
        List<String> first = charts();
        navigate(HomeView.class);
        navigate(ThemesDashboardView.class);
        List<String> second = charts();

        assertThat(first).hasSize(6);
        assertThat(second).isEqualTo(first);
        Period year = Period.last(12, insight.thisMonth());
        List<ChartSpec> specs = DashboardCharts.all(insight.dashboard(year),
                (key, args) -> UI.getCurrent().getTranslation(key, args));
        List<String> drawn = new ArrayList<>();
        specs.forEach(spec -> drawn.add(pictures.svg(spec, 640)));
        assertThat(drawn).as("the pictures on screen are the ones kept").isEqualTo(second);
    }

    private List<String> charts() {
        return $(Image.class).all().stream().filter(i -> i.hasClassName("chart-image")).map(Image::getSrc).toList();
    }

    /** A small chart of two themes, the second held back, the first with the figure given. */
    private static ChartSpec chart(long first) {
        return new ChartSpec("kept", "Kept", "A chart made by a test", ChartSpec.Kind.BAR, "Theme", "Views",
                List.of("One", "Two"), List.of(new ChartSpec.Series("This period", Arrays.asList(first, null))));
    }
}
