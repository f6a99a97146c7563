package org.ourvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.ourvoice.accounts.domain.InvitationStatus;
import org.ourvoice.accounts.service.InvitationService;
import org.ourvoice.accounts.service.InvitationSummary;
import org.ourvoice.accounts.service.NewInvitation;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;

/** Workers invite young people and care leavers; administrators invite staff. Codes work once. */
@Route("invitations")
@RolesAllowed({Roles.WORKER, Roles.ADMIN})
@Menu(order = 80, title = "nav.invitations", icon = "vaadin:envelope-open")
public class InvitationsView extends VerticalLayout implements HasDynamicTitle {

    private final InvitationService invitations;
    private final Grid<InvitationSummary> grid = new Grid<>();

    public InvitationsView(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        addClassName("invitations-view");
        List<Role> roles = currentUser.require().role().mayInvite().stream().sorted().toList();

        Select<Role> role = new Select<>();
        role.setId("invite-role");
        role.setLabel(getTranslation("invitations.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(roles.getFirst());
        TextField note = new TextField(getTranslation("invitations.note"));
        note.setId("invite-note");
        note.setHelperText(getTranslation("invitations.note.help"));
        note.setMaxLength(InvitationService.NOTE_LENGTH);
        IntegerField days = new IntegerField(getTranslation("invitations.days"));
        days.setId("invite-days");
        days.setMin(1);
        days.setMax(InvitationService.MAX_DAYS);
        days.setValue(InvitationService.DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        Button make = new Button(getTranslation("invitations.make"), click -> {
            NewInvitation made = invitations.create(role.getValue(), note.getValue(),
                    days.getValue() == null ? 0 : days.getValue());
            note.clear();
            grid.getDataProvider().refreshAll();
            showCode(made);
        });
        make.setId("make-invitation");
        make.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(role, note, days, make);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("invitations-grid");
        grid.addColumn(i -> getTranslation(i.role().messageKey())).setHeader(getTranslation("invitations.role"));
        grid.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(getTranslation("invitations.note"));
        grid.addColumn(i -> DisplayFormats.dateTime(i.createdAt())).setHeader(getTranslation("invitations.made"));
        grid.addColumn(i -> DisplayFormats.dateTime(i.expiresAt())).setHeader(getTranslation("invitations.expires"));
        grid.addColumn(i -> getTranslation(i.status().messageKey())).setHeader(getTranslation("invitations.status"));
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("invitations.actions"));
        grid.setItems(query -> invitations.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) invitations.count());
        grid.setAriaLabel(getTranslation("invitations.list"));
        add(new H3(getTranslation("invitations.new")), form, new H3(getTranslation("invitations.list")), grid);
    }

    private Span revokeButton(InvitationSummary invitation) {
        Span cell = new Span();
        if (invitation.status() == InvitationStatus.OPEN) {
            Button revoke = new Button(getTranslation("invitations.revoke"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("invitations.revoke.title"),
                        getTranslation("invitations.revoke.text"), getTranslation("invitations.revoke"), yes -> {
                            invitations.revoke(invitation.id());
                            grid.getDataProvider().refreshAll();
                            Notices.success(getTranslation("invitations.revoked"));
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("form.cancel"));
                confirm.open();
            });
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            cell.add(revoke);
        }
        return cell;
    }

    private void showCode(NewInvitation made) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("invitations.made.title"));
        Paragraph code = new Paragraph(made.code());
        code.setId("new-invitation-code");
        code.addClassName("invitation-code");
        Paragraph link = new Paragraph(baseUrl() + made.joinPath());
        link.setId("new-invitation-link");
        link.addClassName("invitation-link");
        dialog.add(new Paragraph(getTranslation("invitations.made.text", getTranslation(made.role().messageKey()),
                DisplayFormats.date(made.expiresAt()))), code, link,
                new Paragraph(getTranslation("invitations.made.once")));
        Button close = new Button(getTranslation("form.close"), click -> dialog.close());
        close.setId("close-invitation");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        String port = request.getServerPort() == 80 || request.getServerPort() == 443 ? ""
                : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invitations");
    }
}
