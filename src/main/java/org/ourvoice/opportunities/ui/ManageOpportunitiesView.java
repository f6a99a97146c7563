package org.ourvoice.opportunities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.ourvoice.opportunities.service.OpportunityDetails;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.opportunities.service.OpportunitySummary;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;

/**
 * Workers publish opportunities, change or cancel them before they start, see who signed up and
 * the help they need, and record who came.
 */
@Route("manage-opportunities")
@RolesAllowed(Roles.WORKER)
@Menu(order = 36, title = "nav.manageOpportunities", icon = "vaadin:calendar-user")
public class ManageOpportunitiesView extends VerticalLayout implements HasDynamicTitle {

    private final OpportunityService opportunities;
    private final Clock clock;
    final Grid<OpportunitySummary> upcoming = grid("upcoming-opportunities");
    final Grid<OpportunitySummary> past = grid("past-opportunities");

    public ManageOpportunitiesView(OpportunityService opportunities, Clock clock) {
        this.opportunities = opportunities;
        this.clock = clock;
        addClassName("manage-opportunities-view");
        Button add = new Button(getTranslation("manage.new"), click -> new PublishDialog(form -> {
            opportunities.publish(form);
            Notices.success(getTranslation("manage.published"));
            refresh();
        }).open());
        add.setId("new-opportunity");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Paragraph(getTranslation("manage.intro")), add, new H3(getTranslation("manage.upcoming")), upcoming,
                new H3(getTranslation("manage.past")), past);
        refresh();
    }

    private Grid<OpportunitySummary> grid(String id) {
        Grid<OpportunitySummary> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> DisplayFormats.dateTime(o.startsAt())).setHeader(getTranslation("manage.when"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::title).setHeader(getTranslation("manage.title")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation(o.kind().messageKey())).setHeader(getTranslation("manage.kind"));
        grid.addColumn(o -> o.taken() + " / " + o.places()).setHeader(getTranslation("manage.taken"));
        grid.addColumn(OpportunitySummary::waiting).setHeader(getTranslation("manage.waiting"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("manage.actions")).setAutoWidth(true);
        return grid;
    }

    /** The title, marked when it was cancelled, with the reason given. */
    private Component title(OpportunitySummary o) {
        Div cell = new Div(new Span(o.title()));
        if (o.cancelled()) {
            Span badge = new Span(getTranslation("manage.cancelled"));
            badge.addClassNames("status-badge", "status-cancelled");
            badge.setId("cancelled-" + o.id());
            Paragraph why = new Paragraph(getTranslation("manage.cancelledWhy", o.cancelReason()));
            why.setId("cancel-reason-" + o.id());
            cell.addComponentAsFirst(badge);
            cell.add(why);
        }
        return cell;
    }

    /** Sign-ups always; changing and cancelling only before it starts, and not once cancelled. */
    private Component actions(OpportunitySummary o) {
        Button open = new Button(getTranslation("manage.open"), click -> new SignUpsDialog(opportunities, o,
                clock).open());
        open.setId("open-" + o.id());
        Div actions = new Div(open);
        actions.addClassName("card-actions");
        if (!o.cancelled() && clock.instant().isBefore(o.startsAt())) {
            Button change = new Button(getTranslation("manage.change"), click -> change(o));
            change.setId("change-" + o.id());
            change.setAriaLabel(getTranslation("manage.changeLabel", o.title()));
            Button cancel = new Button(getTranslation("manage.cancelOpportunity"),
                    click -> new CancelOpportunityDialog(o, reason -> {
                        opportunities.cancelOpportunity(o.id(), reason);
                        Notices.success(getTranslation("manage.cancelledDone"));
                        refresh();
                    }).open());
            cancel.setId("cancel-opportunity-" + o.id());
            cancel.setAriaLabel(getTranslation("manage.cancelLabel", o.title()));
            cancel.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(change, cancel);
        }
        return actions;
    }

    /** Opens the details as they are now; a change saved meanwhile by someone else is refused on saving. */
    private void change(OpportunitySummary o) {
        OpportunityDetails before = opportunities.details(o.id());
        new PublishDialog(before, form -> {
            opportunities.change(before.id(), before.version(), form);
            Notices.success(getTranslation("manage.saved"));
            refresh();
        }).open();
    }

    void refresh() {
        upcoming.setItems(opportunities.upcoming());
        past.setItems(opportunities.past());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.manageOpportunities");
    }
}
