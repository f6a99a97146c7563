package org.ourvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ourvoice.moderation.service.ConcernDetail;
import org.ourvoice.moderation.service.ConcernForm;
import org.ourvoice.moderation.service.ConcernSummary;
import org.ourvoice.moderation.service.SafeguardingService;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;

/** Safeguarding concerns, open ones first. Opening one is written to the audit trail. */
@Route("safeguarding")
@RolesAllowed(Roles.WORKER)
@Menu(order = 21, title = "nav.safeguarding", icon = "vaadin:shield")
public class ConcernsView extends VerticalLayout implements HasDynamicTitle {

    private final SafeguardingService safeguarding;
    private final Grid<ConcernSummary> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();

    public ConcernsView(SafeguardingService safeguarding) {
        this.safeguarding = safeguarding;
        addClassName("concerns-view");
        openOnly.setId("concerns-open-only");
        openOnly.setLabel(getTranslation("safeguarding.openOnly"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("concerns-grid");
        grid.setAriaLabel(getTranslation("nav.safeguarding"));
        grid.addColumn(c -> DisplayFormats.dateTime(c.raisedAt())).setHeader(getTranslation("safeguarding.raised"))
                .setAutoWidth(true);
        grid.addColumn(ConcernSummary::youngPerson).setHeader(getTranslation("safeguarding.youngPerson"));
        grid.addColumn(ConcernSummary::raisedBy).setHeader(getTranslation("safeguarding.raisedBy"));
        grid.addColumn(c -> c.closedAt() == null ? getTranslation("safeguarding.status.open")
                : getTranslation("safeguarding.status.closed", DisplayFormats.date(c.closedAt())))
                .setHeader(getTranslation("safeguarding.status"));
        grid.addComponentColumn(c -> {
            Button open = new Button(getTranslation("safeguarding.open"), click -> open(c.id()));
            open.addClassName("concern-open");
            open.addThemeVariants(ButtonVariant.SMALL);
            return open;
        }).setHeader(getTranslation("safeguarding.open")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> safeguarding.list(openOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) safeguarding.count(openOnly.getValue()));
        add(new Paragraph(getTranslation("safeguarding.intro")), openOnly, grid);
        setSizeFull();
    }

    private void open(long concernId) {
        ConcernDetail concern = safeguarding.read(concernId);
        ConcernForm form = new ConcernForm(concern.seen(), concern.whoTold(), concern.actionTaken(), concern.outcome());
        String note = getTranslation("safeguarding.about", concern.youngPerson(), concern.raisedBy(),
                DisplayFormats.dateTime(concern.raisedAt()));
        if (!concern.open()) {
            note = getTranslation("safeguarding.closed") + " " + DisplayFormats.dateTime(concern.closedAt());
        }
        ConcernDialog dialog = new ConcernDialog(getTranslation("safeguarding.title"), form, changed -> {
            safeguarding.update(concern.id(), concern.version(), changed);
            Notices.success(getTranslation("safeguarding.saved"));
            grid.getDataProvider().refreshAll();
        }, concern.open() ? changed -> {
            safeguarding.close(concern.id(), concern.version(), changed);
            Notices.success(getTranslation("safeguarding.closedNow"));
            grid.getDataProvider().refreshAll();
        } : null, note);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.safeguarding");
    }
}
