package org.ourvoice.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.privacy.service.PendingDeletion;
import org.ourvoice.privacy.service.PrivacyService;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;

/** Workers decide deletion requests: erase now, or keep records for now with a reason. */
@Route("deletion-requests")
@RolesAllowed({Roles.WORKER, Roles.ADMIN})
@Menu(order = 85, title = "nav.deletionRequests", icon = "vaadin:trash")
public class DeletionRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final PrivacyService privacy;
    private final Grid<PendingDeletion> grid = new Grid<>();

    public DeletionRequestsView(PrivacyService privacy) {
        this.privacy = privacy;
        addClassName("deletion-requests-view");
        grid.setId("deletion-grid");
        grid.addColumn(PendingDeletion::displayName).setHeader(getTranslation("privacy.staff.who"));
        grid.addColumn(p -> getTranslation(p.role().messageKey())).setHeader(getTranslation("privacy.staff.type"));
        grid.addColumn(p -> DisplayFormats.dateTime(p.requestedAt())).setHeader(getTranslation("privacy.staff.asked"));
        grid.addColumn(p -> getTranslation(p.keepAnonymised() ? "privacy.delete.keep" : "privacy.delete.remove"))
                .setHeader(getTranslation("privacy.staff.words"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("privacy.staff.actions"));
        grid.setItems(q -> privacy.pending(q.getOffset(), q.getLimit()).stream(), q -> (int) privacy.countPending());
        grid.setAriaLabel(getTranslation("nav.deletionRequests"));
        add(new Paragraph(getTranslation("privacy.staff.intro")), grid);
    }

    private HorizontalLayout actions(PendingDeletion request) {
        Button erase = new Button(getTranslation("privacy.staff.erase"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("privacy.staff.erase.title", request.displayName()),
                    getTranslation("privacy.staff.erase.text"), getTranslation("privacy.staff.erase"), yes -> {
                        privacy.confirm(request.id(), request.version());
                        grid.getDataProvider().refreshAll();
                        Notices.success(getTranslation("privacy.staff.erased"));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        erase.setId("erase-" + request.id());
        Button hold = new Button(getTranslation("privacy.staff.hold"), click -> openHold(request));
        hold.addThemeVariants(ButtonVariant.TERTIARY);
        hold.setId("hold-" + request.id());
        return new HorizontalLayout(erase, hold);
    }

    private void openHold(PendingDeletion request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.staff.hold.title", request.displayName()));
        TextArea reason = new TextArea(getTranslation("privacy.staff.hold.reason"));
        reason.setId("hold-reason");
        reason.setMaxLength(PrivacyService.REASON_LENGTH);
        reason.setWidthFull();
        dialog.add(reason);
        Button save = new Button(getTranslation("privacy.staff.hold"), click -> {
            try {
                privacy.hold(request.id(), request.version(), reason.getValue());
            } catch (UserFacingException e) {
                reason.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notices.success(getTranslation("privacy.staff.held"));
        });
        save.setId("save-hold");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.deletionRequests");
    }
}
