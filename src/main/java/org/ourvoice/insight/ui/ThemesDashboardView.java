package org.ourvoice.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.insight.charts.ChartPanel;
import org.ourvoice.insight.service.BoardPackService;
import org.ourvoice.insight.service.ChartPictures;
import org.ourvoice.insight.service.ChartSpec;
import org.ourvoice.insight.service.Dashboard;
import org.ourvoice.insight.service.DashboardCharts;
import org.ourvoice.insight.service.InsightService;
import org.ourvoice.insight.service.Period;
import org.ourvoice.insight.service.ThemeFigures;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.Notices;

/**
 * The themes dashboard: for a period, views per theme and how each moved, the trend by month, how
 * young people felt, and who spoke (cohort, age band, county) with small numbers held back. Every
 * chart has its table and CSV; a theme opens onto its views and quotes; the board pack is made here.
 */
@Route("dashboard")
@RolesAllowed({Roles.BOARD, Roles.WORKER})
@Menu(order = 29, title = "nav.dashboard", icon = "vaadin:chart")
public class ThemesDashboardView extends VerticalLayout implements HasDynamicTitle {

    /** The periods offered; custom lets the reader choose the first and last month. */
    enum Preset { THIS_MONTH, LAST_3, LAST_6, LAST_12, CUSTOM }

    /** The screen that lists shared views, which a theme opens onto with its filters. */
    static final String SHARED_VIEWS = "shared-views";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final InsightService insight;
    private final ChartPictures pictures;
    private final YearMonth thisMonth;
    private final Select<Preset> preset = new Select<>();
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<ThemeFigures> themes = new Grid<>();
    private final Div charts = new Div();
    private Period period;

    public ThemesDashboardView(InsightService insight, BoardPackService packs, ChartPictures pictures) {
        this.insight = insight;
        this.pictures = pictures;
        this.thisMonth = insight.thisMonth();
        this.period = Period.last(12, thisMonth);
        addClassName("dashboard-view");

        preset.setId("dashboard-period");
        preset.setLabel(getTranslation("insight.period"));
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> getTranslation("insight.period." + p.name()));
        preset.setValue(Preset.LAST_12);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < Period.MAX_MONTHS; i++) {
            months.add(thisMonth.minusMonths(i));
        }
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(MONTH::format);
            month.setVisible(false);
        }
        from.setId("dashboard-from");
        from.setLabel(getTranslation("insight.from"));
        from.setValue(period.from());
        to.setId("dashboard-to");
        to.setLabel(getTranslation("insight.to"));
        to.setValue(thisMonth);
        preset.addValueChangeListener(e -> choosePreset());
        from.addValueChangeListener(e -> chooseMonths());
        to.addValueChangeListener(e -> chooseMonths());
        HorizontalLayout controls = new HorizontalLayout(preset, from, to);
        controls.setWrap(true);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        summary.setId("dashboard-summary");
        themes.setId("dashboard-themes");
        themes.setAriaLabel(getTranslation("insight.chart.themes"));
        themes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        themes.setAllRowsVisible(true);
        themes.addComponentColumn(t -> {
            Anchor open = new Anchor(SHARED_VIEWS + "?" + QueryParameters.simple(Map.of("theme",
                    String.valueOf(t.themeId()), "from", period.from().toString(), "to", period.to().toString()))
                    .getQueryString(), t.name());
            open.addClassName("theme-link");
            return open;
        }).setHeader(getTranslation("insight.theme")).setFlexGrow(2);
        themes.addColumn(ThemeFigures::views).setHeader(getTranslation("insight.thisPeriod")).setAutoWidth(true);
        themes.addColumn(ThemeFigures::previousViews).setHeader(getTranslation("insight.previousPeriod"))
                .setAutoWidth(true);
        themes.addColumn(this::change).setHeader(getTranslation("insight.change")).setAutoWidth(true);
        charts.addClassName("dashboard-charts");

        add(new Paragraph(getTranslation("insight.intro")), controls, summary, themes, charts,
                new BoardPackPanel(packs));
        show();
    }

    private String change(ThemeFigures theme) {
        String arrow = switch (theme.change()) {
            case RISING -> "▲ ";
            case FALLING -> "▼ ";
            default -> "";
        };
        String words = getTranslation(theme.change().messageKey());
        return theme.previousViews() == 0 ? arrow + words
                : arrow + getTranslation("insight.changeText", words, theme.changePercent());
    }

    private void choosePreset() {
        Preset chosen = preset.getValue() == null ? Preset.LAST_12 : preset.getValue();
        boolean custom = chosen == Preset.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        switch (chosen) {
            case THIS_MONTH -> period = Period.last(1, thisMonth);
            case LAST_3 -> period = Period.last(3, thisMonth);
            case LAST_6 -> period = Period.last(6, thisMonth);
            case LAST_12 -> period = Period.last(12, thisMonth);
            case CUSTOM -> {
                chooseMonths();
                return;
            }
        }
        show();
    }

    private void chooseMonths() {
        if (preset.getValue() != Preset.CUSTOM || from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("insight.periodBackwards"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        period = new Period(from.getValue(), to.getValue());
        show();
    }

    private void show() {
        Dashboard dashboard;
        try {
            dashboard = insight.dashboard(period);
        } catch (UserFacingException refused) {
            Notices.problem(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        summary.setText(getTranslation("insight.summary", dashboard.totalViews(), MONTH.format(period.from()),
                MONTH.format(period.to()), dashboard.previousTotalViews()));
        themes.setItems(dashboard.themes());
        charts.removeAll();
        if (dashboard.totalViews() == 0) {
            charts.add(new Paragraph(getTranslation("insight.noViews")));
            return;
        }
        for (ChartSpec chart : DashboardCharts.all(dashboard, this::getTranslation)) {
            charts.add(new ChartPanel(chart, pictures, ""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
