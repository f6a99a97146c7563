package org.ourvoice.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ourvoice.privacy.domain.RetentionPolicy;
import org.ourvoice.privacy.service.RetentionReport;
import org.ourvoice.privacy.service.RetentionService;
import org.ourvoice.privacy.service.RetentionSettings;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;

/** Administrators set how long unused accounts are kept, and read what each nightly run did. */
@Route("retention")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 91, title = "nav.retention", icon = "vaadin:hourglass")
public class RetentionView extends VerticalLayout implements HasDynamicTitle {

    private final RetentionService retention;
    private final IntegerField youngMonths = months("retention.youngMonths");
    private final IntegerField staffMonths = months("retention.staffMonths");
    private final Checkbox active = new Checkbox();
    private final Grid<RetentionReport> runs = new Grid<>();
    private long version;

    public RetentionView(RetentionService retention) {
        this.retention = retention;
        addClassName("retention-view");
        youngMonths.setId("young-months");
        staffMonths.setId("staff-months");
        active.setLabel(getTranslation("retention.active"));
        active.setId("retention-active");
        load();
        Button save = new Button(getTranslation("form.save"), click -> {
            retention.change(new RetentionSettings(value(youngMonths), value(staffMonths), active.getValue(),
                    version));
            load();
            Notices.success(getTranslation("retention.saved"));
        });
        save.setId("save-retention");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button runNow = new Button(getTranslation("retention.runNow"), click -> {
            RetentionReport report = retention.runNow();
            runs.getDataProvider().refreshAll();
            Notices.success(getTranslation("retention.ran", report.erased(), report.kept(), report.staffDisabled()));
        });
        runNow.setId("run-retention");

        runs.setId("retention-runs");
        runs.addColumn(r -> DisplayFormats.dateTime(r.ranAt())).setHeader(getTranslation("retention.when"));
        runs.addColumn(RetentionReport::erased).setHeader(getTranslation("retention.erased"));
        runs.addColumn(RetentionReport::kept).setHeader(getTranslation("retention.kept"));
        runs.addColumn(RetentionReport::staffDisabled).setHeader(getTranslation("retention.staffDisabled"));
        runs.setItems(q -> retention.reports(q.getOffset(), q.getLimit()).stream(),
                q -> (int) retention.countReports());
        runs.setAriaLabel(getTranslation("retention.runs"));

        HorizontalLayout form = new HorizontalLayout(youngMonths, staffMonths, active, save);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new Paragraph(getTranslation("retention.intro")), form, new H3(getTranslation("retention.runs")), runNow,
                runs);
    }

    private IntegerField months(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(RetentionPolicy.MIN_MONTHS);
        field.setMax(RetentionPolicy.MAX_MONTHS);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void load() {
        RetentionSettings settings = retention.settings();
        youngMonths.setValue(settings.youngInactiveMonths());
        staffMonths.setValue(settings.staffInactiveMonths());
        active.setValue(settings.active());
        version = settings.version();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retention");
    }
}
