package org.ourvoice.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.ourvoice.insight.charts.ChartPanel;
import org.ourvoice.insight.service.ChartPictures;
import org.ourvoice.insight.service.Period;
import org.ourvoice.reporting.service.CohortSizeItem;
import org.ourvoice.reporting.service.EngagementCharts;
import org.ourvoice.reporting.service.EngagementFigures;
import org.ourvoice.reporting.service.EngagementService;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.Notices;

/**
 * Engagement evidence on screen: for the chosen months, how many different young people took part
 * and their share of each cohort, with every chart beside its table; workers keep the cohort sizes.
 */
@Route("engagement")
@RolesAllowed({Roles.BOARD, Roles.WORKER})
@Menu(order = 37, title = "nav.engagement", icon = "vaadin:chart-grid")
public class EngagementView extends VerticalLayout implements HasDynamicTitle {

    private final EngagementService engagement;
    private final ChartPictures pictures;
    private final boolean worker;
    private final PeriodPicker picker;
    private final Div summary = new Div();
    private final Div charts = new Div();
    private final Div sizes = new Div();

    public EngagementView(EngagementService engagement, CurrentUser currentUser, Clock clock,
            ChartPictures pictures) {
        this.engagement = engagement;
        this.pictures = pictures;
        this.worker = currentUser.require().role() == Role.WORKER;
        this.picker = new PeriodPicker(clock, this::show);
        addClassName("engagement-view");
        summary.setId("engagement-summary");
        charts.addClassName("chart-grid");
        sizes.setId("cohort-sizes");
        add(new Paragraph(getTranslation("engagement.intro")), picker, summary, charts);
        if (worker) {
            Details details = new Details(getTranslation("engagement.sizes"), sizes);
            details.setId("cohort-sizes-details");
            add(details);
            showSizes();
        }
        show();
    }

    void show() {
        Period period = picker.period();
        EngagementFigures figures = engagement.figures(period);
        summary.removeAll();
        summary.add(line("engagement-total", getTranslation("engagement.total", figures.total(),
                EngagementCharts.month(period.from()), EngagementCharts.month(period.to()))));
        for (EngagementFigures.CohortFigure c : figures.cohorts()) {
            summary.add(line("engagement-cohort-" + c.cohort().name(), cohortLine(c)));
        }
        summary.add(line("engagement-board", getTranslation("engagement.boardLine", figures.board().youngPeople(),
                figures.board().meetings(), figures.board().attendances())));
        charts.removeAll();
        EngagementCharts.all(figures, this::getTranslation)
                .forEach(chart -> charts.add(new ChartPanel(chart, pictures, "engagement-")));
    }

    private String cohortLine(EngagementFigures.CohortFigure c) {
        String cohort = getTranslation("engagement.cohort." + c.cohort().name());
        if (c.people() == null) {
            return getTranslation("engagement.cohortLine.heldBack", cohort, c.size());
        }
        String share = c.sharePercent() == null ? getTranslation("engagement.noShare")
                : getTranslation("engagement.share", c.sharePercent());
        return getTranslation("engagement.cohortLine", cohort, c.people(), c.size(), share);
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private void showSizes() {
        sizes.removeAll();
        sizes.add(new Paragraph(getTranslation("engagement.sizes.intro")));
        for (CohortSizeItem item : engagement.cohortSizes()) {
            IntegerField size = new IntegerField(getTranslation("engagement.cohort." + item.cohort().name()));
            size.setId("size-" + item.cohort().name());
            size.setValue(item.size());
            size.setMin(1);
            size.setMax(EngagementService.MAX_COHORT);
            Button save = new Button(getTranslation("engagement.sizes.save"), click -> {
                Integer value = size.getValue();
                engagement.setCohortSize(item.cohort(), value == null ? 0 : value, item.version());
                Notices.success(getTranslation("engagement.sizes.saved"));
                showSizes();
                show();
            });
            save.setId("save-size-" + item.cohort().name());
            Div row = new Div(size, save);
            row.addClassName("cohort-size-row");
            sizes.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.engagement");
    }
}
