package org.ourvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.AccountSummary;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;

/** Young people who may have turned 18: the worker moves them to care leaver or confirms they are still under 18. */
@Route("turning-18")
@RolesAllowed({Roles.WORKER, Roles.ADMIN})
@Menu(order = 82, title = "nav.turning18", icon = "vaadin:calendar-user")
public class TurningEighteenView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();

    public TurningEighteenView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("turning-18-view");
        grid.setId("turning-18-grid");
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.name"));
        grid.addColumn(a -> a.ageBand() == null ? "" : getTranslation(a.ageBand().messageKey()))
                .setHeader(getTranslation("accounts.ageBand"));
        grid.addColumn(a -> DisplayFormats.date(a.lastSignInAt())).setHeader(getTranslation("accounts.lastSignIn"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions"));
        grid.setItems(q -> accounts.mayHaveTurned18(q.getOffset(), q.getLimit()).stream(),
                q -> (int) accounts.countMayHaveTurned18());
        grid.setAriaLabel(getTranslation("nav.turning18"));
        add(new Paragraph(getTranslation("turning18.intro")), grid);
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button move = new Button(getTranslation("turning18.move"), click -> {
            accounts.changeRole(account.id(), Role.CARE_LEAVER, account.version());
            grid.getDataProvider().refreshAll();
            Notices.success(getTranslation("turning18.moved", account.displayName()));
        });
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.setId("move-" + account.id());
        Button under = new Button(getTranslation("turning18.stillUnder"), click -> {
            accounts.confirmStillUnder18(account.id(), account.version());
            grid.getDataProvider().refreshAll();
        });
        under.addThemeVariants(ButtonVariant.TERTIARY);
        under.setId("under-" + account.id());
        return new HorizontalLayout(move, under);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.turning18");
    }
}
