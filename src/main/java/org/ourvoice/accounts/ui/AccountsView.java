package org.ourvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.AccountSummary;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;

/** Workers manage young people's accounts; administrators manage every account and role. */
@Route("accounts")
@RolesAllowed({Roles.WORKER, Roles.ADMIN})
@Menu(order = 81, title = "nav.accounts", icon = "vaadin:users")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final List<Role> assignable;

    public AccountsView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        addClassName("accounts-view");
        assignable = currentUser.require().role() == Role.ADMIN ? Arrays.asList(Role.values())
                : List.of(Role.YOUNG_PERSON, Role.CARE_LEAVER);

        search.setId("account-search");
        search.setLabel(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(40);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("accounts-grid");
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.name"));
        grid.addColumn(a -> getTranslation(a.role().messageKey())).setHeader(getTranslation("accounts.role"));
        grid.addColumn(a -> a.ageBand() == null ? "" : getTranslation(a.ageBand().messageKey()))
                .setHeader(getTranslation("accounts.ageBand"));
        grid.addColumn(a -> a.livesInCounty() == null ? ""
                : getTranslation(a.livesInCounty() ? "signup.county.in" : "signup.county.out"))
                .setHeader(getTranslation("accounts.county"));
        grid.addColumn(this::state).setHeader(getTranslation("accounts.state"));
        grid.addColumn(a -> DisplayFormats.dateTime(a.lastSignInAt())).setHeader(getTranslation("accounts.lastSignIn"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions"));
        grid.setItems(query -> accounts.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) accounts.count(search.getValue()));
        grid.setAriaLabel(getTranslation("nav.accounts"));
        add(search, grid);
    }

    private String state(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("accounts.state.disabled");
        }
        return getTranslation(account.locked() ? "accounts.state.locked" : "accounts.state.active");
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                click -> {
                    accounts.setEnabled(account.id(), !account.enabled(), account.version());
                    grid.getDataProvider().refreshAll();
                    Notices.success(getTranslation(account.enabled() ? "accounts.disabled" : "accounts.enabled",
                            account.displayName()));
                });
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        Button role = new Button(getTranslation("accounts.changeRole"), click -> openRoleDialog(account));
        role.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(toggle, role);
        if (account.role().isYoung()) {
            Button asylum = new Button(getTranslation("accounts.asylum"), click -> new AsylumStatusDialog(accounts,
                    account, () -> grid.getDataProvider().refreshAll()).open());
            asylum.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(asylum);
        }
        return actions;
    }

    private void openRoleDialog(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.changeRole.title", account.displayName()));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(assignable);
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(account.role());
        dialog.add(role);
        Button save = new Button(getTranslation("form.save"), click -> {
            accounts.changeRole(account.id(), role.getValue(), account.version());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notices.success(getTranslation("accounts.roleChanged", account.displayName()));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
