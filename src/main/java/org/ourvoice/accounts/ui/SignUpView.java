package org.ourvoice.accounts.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.InvitationService;
import org.ourvoice.accounts.service.SignUpForm;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.PasswordPolicy;
import org.ourvoice.security.Role;
import org.ourvoice.ui.ReadAloudButton;

/**
 * Creating an account from an invitation: first the code, then a name (a nickname is fine), a
 * password and, for young people, an age band and whether they live in the county.
 */
@Route(value = "join/:code?", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accountService;
    private final InvitationService invitationService;

    private final TextField code = new TextField();
    private final Button checkCode = new Button();
    private final VerticalLayout details = new VerticalLayout();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private final RadioButtonGroup<AgeBand> ageBand = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> county = new RadioButtonGroup<>();
    private final EmailField email = new EmailField();
    private final Button create = new Button();
    private Role role = Role.YOUNG_PERSON;

    public SignUpView(AccountService accountService, InvitationService invitationService) {
        this.accountService = accountService;
        this.invitationService = invitationService;
        addClassName("signup-view");
        add(new ReadAloudButton(), new H1(getTranslation("signup.title")),
                new Paragraph(getTranslation("signup.intro")));

        code.setId("invitation-code");
        code.setLabel(getTranslation("signup.code"));
        code.setHelperText(getTranslation("signup.code.help"));
        code.setMaxLength(40);
        checkCode.setText(getTranslation("signup.code.check"));
        checkCode.setId("check-code");
        checkCode.addThemeVariants(ButtonVariant.PRIMARY);
        checkCode.addClickListener(click -> checkCode());
        code.addKeyPressListener(Key.ENTER, press -> checkCode());
        add(code, checkCode, details, new RouterLink(getTranslation("signup.backToLogin"), LoginView.class));
        buildDetails();
        details.setVisible(false);
    }

    private void buildDetails() {
        details.setPadding(false);
        displayName.setId("display-name");
        displayName.setLabel(getTranslation("signup.name"));
        displayName.setHelperText(getTranslation("signup.name.help"));
        displayName.setMaxLength(AccountService.NAME_MAX);
        Button anotherName = new Button(getTranslation("signup.name.another"),
                click -> displayName.setValue(accountService.suggestNickname()));
        anotherName.addThemeVariants(ButtonVariant.TERTIARY);

        password.setId("password");
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        passwordAgain.setId("password-again");
        passwordAgain.setLabel(getTranslation("signup.passwordAgain"));
        passwordAgain.setMaxLength(PasswordPolicy.MAX_LENGTH);

        ageBand.setId("age-band");
        ageBand.setLabel(getTranslation("signup.ageBand"));
        ageBand.setItemLabelGenerator(band -> getTranslation(band.messageKey()));
        county.setId("county");
        county.setLabel(getTranslation("signup.county"));
        county.setItems(Boolean.TRUE, Boolean.FALSE);
        county.setItemLabelGenerator(in -> getTranslation(in ? "signup.county.in" : "signup.county.out"));
        email.setId("email");
        email.setLabel(getTranslation("signup.email"));
        email.setHelperText(getTranslation("signup.email.help"));
        email.setMaxLength(254);

        create.setText(getTranslation("signup.create"));
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> createAccount());
        details.add(displayName, anotherName, password, passwordAgain, ageBand, county, email, create);
    }

    private void checkCode() {
        clearErrors();
        try {
            role = invitationService.check(code.getValue());
        } catch (UserFacingException e) {
            showError(code, e);
            return;
        }
        code.setReadOnly(true);
        checkCode.setVisible(false);
        boolean young = role.isYoung();
        ageBand.setItems(AgeBand.forRole(role));
        ageBand.setVisible(young);
        county.setVisible(young);
        email.setVisible(!young);
        if (displayName.isEmpty()) {
            displayName.setValue(young ? accountService.suggestNickname() : "");
        }
        details.addComponentAsFirst(new Paragraph(getTranslation("signup.roleIs", getTranslation(role.messageKey()))));
        details.setVisible(true);
        displayName.focus();
    }

    private void createAccount() {
        clearErrors();
        try {
            accountService.signUp(new SignUpForm(code.getValue(), displayName.getValue(), password.getValue(),
                    passwordAgain.getValue(), ageBand.getValue(), county.getValue(), email.getValue()));
        } catch (UserFacingException e) {
            showError(fieldFor(e.messageKey()), e);
            create.setEnabled(true);
            return;
        }
        removeAll();
        Paragraph done = new Paragraph(getTranslation("signup.done", displayName.getValue()));
        done.setId("signup-done");
        add(new H1(getTranslation("signup.doneTitle")), done,
                new RouterLink(getTranslation("signup.goToLogin"), LoginView.class));
    }

    private HasValidation fieldFor(String key) {
        if (key.startsWith("password.")) {
            return key.equals("password.different") ? passwordAgain : password;
        }
        if (key.startsWith("signup.ageBand")) {
            return ageBand;
        }
        if (key.startsWith("signup.county")) {
            return county;
        }
        if (key.startsWith("signup.email")) {
            return email;
        }
        if (key.startsWith("invitation.")) {
            return code;
        }
        return displayName;
    }

    private void showError(HasValidation field, UserFacingException e) {
        field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {code, displayName, password, passwordAgain, ageBand, county,
            email}) {
            field.setInvalid(false);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(given -> {
            code.setValue(given);
            checkCode();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " – " + getTranslation("app.name");
    }
}
