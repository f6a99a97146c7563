package org.ourvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.PasswordPolicy;
import org.ourvoice.ui.Notices;

/** Anyone signed in can change their own password. */
@Route("password")
@PermitAll
@Menu(order = 99, title = "nav.password", icon = "vaadin:key")
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(AccountService accounts) {
        addClassName("password-view");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setId("new-password");
        fresh.setHelperText(getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        PasswordField again = new PasswordField(getTranslation("password.newAgain"));
        again.setId("new-password-again");
        again.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button save = new Button(getTranslation("password.save"), click -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            again.setInvalid(false);
            try {
                accounts.changePassword(current.getValue(), fresh.getValue(), again.getValue());
            } catch (UserFacingException e) {
                PasswordField field = switch (e.messageKey()) {
                    case "password.currentWrong" -> current;
                    case "password.different" -> again;
                    default -> fresh;
                };
                field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                field.setInvalid(true);
                return;
            }
            current.clear();
            fresh.clear();
            again.clear();
            Notices.success(getTranslation("password.changed"));
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(current, fresh, again, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.password");
    }
}
