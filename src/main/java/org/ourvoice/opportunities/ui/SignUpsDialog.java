package org.ourvoice.opportunities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.opportunities.service.OpportunitySummary;
import org.ourvoice.opportunities.service.SignUpRow;
import org.ourvoice.ui.Notices;
import org.ourvoice.voice.service.WrittenText;

/**
 * Who signed up for one opportunity, in the order they asked, with the support each needs; once it
 * has started, whether each came; and the "how was it?" answers a worker has shared.
 */
class SignUpsDialog extends Dialog {

    private final OpportunityService opportunities;
    private final OpportunitySummary opportunity;
    private final boolean started;
    final Grid<SignUpRow> grid = new Grid<>();

    SignUpsDialog(OpportunityService opportunities, OpportunitySummary opportunity, Clock clock) {
        this.opportunities = opportunities;
        this.opportunity = opportunity;
        this.started = !opportunity.cancelled() && !clock.instant().isBefore(opportunity.startsAt());
        setHeaderTitle(getTranslation("manage.signUps", opportunity.title()));
        setId("sign-ups-dialog");
        setWidth("min(60rem, 100%)");
        grid.setId("sign-ups");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SignUpRow::displayName).setHeader(getTranslation("manage.person")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.role().messageKey())).setHeader(getTranslation("manage.cohort"));
        grid.addColumn(r -> r.ageBand() == null ? "" : getTranslation(r.ageBand().messageKey()))
                .setHeader(getTranslation("manage.ageBand"));
        grid.addColumn(r -> r.status() == SignUpStatus.PLACE ? getTranslation("manage.hasPlace")
                : getTranslation("manage.waitingNumber", r.waitingPosition())).setHeader(getTranslation("manage.status"));
        grid.addColumn(r -> needs(r.needs())).setHeader(getTranslation("manage.needs")).setFlexGrow(2);
        if (started) {
            grid.addComponentColumn(this::attendance).setHeader(getTranslation("manage.attendance")).setAutoWidth(true);
        }
        Paragraph none = new Paragraph(getTranslation("manage.noSignUps"));
        none.setId("no-sign-ups");
        add(grid, none);
        add(feedback());
        getFooter().add(new Button(getTranslation("manage.close"), click -> close()));
        refresh();
        none.setVisible(grid.getListDataView().getItemCount() == 0);
    }

    private void refresh() {
        grid.setItems(opportunities.signUps(opportunity.id()));
    }

    private Component attendance(SignUpRow row) {
        if (row.status() != SignUpStatus.PLACE) {
            return new Span();
        }
        RadioButtonGroup<Boolean> came = new RadioButtonGroup<>();
        came.setId("came-" + row.signUpId());
        came.setAriaLabel(getTranslation("manage.attendance") + " " + row.displayName());
        came.setItems(Boolean.TRUE, Boolean.FALSE);
        came.setItemLabelGenerator(b -> getTranslation(b ? "manage.came" : "manage.didNotCome"));
        came.setValue(row.attended());
        came.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                opportunities.recordAttendance(opportunity.id(), row.signUpId(), e.getValue());
                Notices.success(getTranslation("manage.attendanceSaved"));
            }
        });
        return came;
    }

    private Component feedback() {
        Div box = new Div(new H3(getTranslation("manage.feedback")));
        box.setId("opportunity-feedback");
        List<WrittenText> shared = opportunities.feedback(opportunity.id());
        if (shared.isEmpty()) {
            box.add(new Paragraph(getTranslation("manage.noFeedback")));
        }
        shared.forEach(w -> box.add(new Paragraph("\u201C" + w.text() + "\u201D")));
        return box;
    }

    String needs(SupportNeeds needs) {
        List<String> parts = new ArrayList<>();
        if (needs.transport()) {
            parts.add(getTranslation("manage.need.transport"));
        }
        if (needs.interpreter()) {
            parts.add(needs.interpreterLanguage() == null ? getTranslation("manage.need.interpreter")
                    : getTranslation("manage.need.interpreterIn", needs.interpreterLanguage()));
        }
        if (needs.companion()) {
            parts.add(getTranslation("manage.need.companion"));
        }
        if (needs.accessNeeds() != null) {
            parts.add(getTranslation("manage.need.access", needs.accessNeeds()));
        }
        return parts.isEmpty() ? getTranslation("manage.need.none") : String.join("; ", parts);
    }
}
