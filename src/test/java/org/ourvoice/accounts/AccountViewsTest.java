package org.ourvoice.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.ui.AccountsView;
import org.ourvoice.accounts.ui.ChangePasswordView;
import org.ourvoice.accounts.ui.InvitationsView;
import org.ourvoice.accounts.ui.LoginView;
import org.ourvoice.accounts.ui.SignUpView;
import org.ourvoice.audit.ui.AuditView;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The account screens, used as each role would use them, without a browser. */
@PortalTest
class AccountViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    @WithAnonymousUser
    void theLoginPageShowsTheDemoAccountsInDemoMode() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).single().getAction()).isEqualTo("login");
        Div demo = $(Div.class).withId("demo-accounts").single();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class, demo).single();
        assertThat(test(grid).size()).isEqualTo(5);
    }

    @Test
    @WithAnonymousUser
    void aYoungPersonMakesAnAccountFromTheLinkAndKeepsWhatTheyTypedAfterAMistake() {
        String code = testAccounts.inviteCode(Role.YOUNG_PERSON);
        navigate("join/" + code, SignUpView.class);

        TextField name = $(TextField.class).withId("display-name").single();
        assertThat(name.getValue()).as("a nickname is suggested").isNotBlank();
        String chosen = "Comet " + System.nanoTime() % 100000;
        test(name).setValue(chosen);
        test($(PasswordField.class).withId("password").single()).setValue("too short");
        test($(PasswordField.class).withId("password-again").single()).setValue("too short");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AgeBand> band = $(RadioButtonGroup.class).withId("age-band").single();
        band.setValue(AgeBand.AGE_8_10);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> county = $(RadioButtonGroup.class).withId("county").single();
        county.setValue(Boolean.TRUE);
        test($(Button.class).withId("create-account").single()).click();

        PasswordField password = $(PasswordField.class).withId("password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password needs at least 10 characters.");
        assertThat(name.getValue()).isEqualTo(chosen);

        test(password).setValue("purple tiger toast");
        test($(PasswordField.class).withId("password-again").single()).setValue("purple tiger toast");
        test($(Button.class).withId("create-account").single()).click();

        assertThat($(Paragraph.class).withId("signup-done").single().getText()).contains(chosen);
    }

    @Test
    @WithAnonymousUser
    void aUsedCodeIsExplainedOnTheCodeField() {
        navigate("join/ZZZZ-ZZZZ-ZZZZ", SignUpView.class);
        TextField code = $(TextField.class).withId("invitation-code").single();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("We do not know that code. Check it and try again.");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerMakesAnInvitationAndSeesItsCodeOnce() {
        navigate(InvitationsView.class);
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).withId("invite-role").single();
        assertThat(role.getListDataView().getItems()).containsExactly(Role.YOUNG_PERSON, Role.CARE_LEAVER);
        test($(TextField.class).withId("invite-note").single()).setValue("Sam, Tuesday group");
        test($(Button.class).withId("make-invitation").single()).click();

        String code = $(Paragraph.class).withId("new-invitation-code").single().getText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat($(Paragraph.class).withId("new-invitation-link").single().getText()).endsWith("join/" + code);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).withId("invitations-grid").single();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Sam, Tuesday group");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Open");
    }

    @Test
    @WithUserDetails(DemoUsers.ADMIN)
    void anAdministratorInvitesStaffAndReadsTheAuditTrail() {
        navigate(InvitationsView.class);
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).withId("invite-role").single();
        assertThat(role.getListDataView().getItems()).containsExactly(Role.WORKER, Role.BOARD, Role.ADMIN);

        navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> audit = $(Grid.class).withId("audit-grid").single();
        assertThat(test(audit).size()).isPositive();
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerFindsAndTurnsOffAYoungPersonsAccount() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        navigate(AccountsView.class);
        test($(TextField.class).withId("account-search").single()).setValue(young);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).withId("accounts-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Active");

        Button turnOff = $(Button.class, test(grid).getCellComponent(0, 6)).withText("Turn off").single();
        test(turnOff).click();

        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Turned off");
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aWrongCurrentPasswordIsShownOnItsField() {
        navigate(ChangePasswordView.class);
        test($(PasswordField.class).withId("current-password").single()).setValue("not my password");
        test($(PasswordField.class).withId("new-password").single()).setValue("purple tiger toast");
        test($(PasswordField.class).withId("new-password-again").single()).setValue("purple tiger toast");
        test($(Button.class).withId("save-password").single()).click();
        PasswordField current = $(PasswordField.class).withId("current-password").single();
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("That is not your password now.");
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aYoungPersonCannotOpenStaffScreens() {
        navigate("accounts", RouteNotFoundError.class);
        navigate("invitations", RouteNotFoundError.class);
        navigate("audit", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }
}
