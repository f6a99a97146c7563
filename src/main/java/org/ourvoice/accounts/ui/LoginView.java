package org.ourvoice.accounts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.ourvoice.accounts.DemoSignIns;
import org.ourvoice.accounts.DemoSignIns.DemoSignIn;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.ui.LanguagePicker;
import org.ourvoice.ui.ReadAloudButton;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/** Signing in with a display name and password; in demo mode it also lists the demo accounts. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final CurrentUser currentUser;

    public LoginView(ObjectProvider<DemoSignIns> demoSignIns, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        login.setAction("login");
        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        Paragraph forgot = new Paragraph(getTranslation("login.forgotPassword"));
        RouterLink join = new RouterLink(getTranslation("login.haveCode"), SignUpView.class);
        join.setId("join-link");
        add(new LanguagePicker(events, false), new ReadAloudButton(), title, tagline, login, forgot, join);
        demoSignIns.ifAvailable(demo -> add(demoPanel(demo.demoSignIns())));
    }

    private Div demoPanel(List<DemoSignIn> accounts) {
        Div panel = new Div();
        panel.setId("demo-accounts");
        panel.addClassName("demo-accounts");
        Grid<DemoSignIn> grid = new Grid<>();
        grid.addColumn(a -> getTranslation(a.role().messageKey())).setHeader(getTranslation("login.demo.role"));
        grid.addColumn(DemoSignIn::displayName).setHeader(getTranslation("login.demo.name"));
        grid.addColumn(DemoSignIn::password).setHeader(getTranslation("login.demo.password"));
        grid.setItems(accounts);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("login.demo.title"));
        panel.add(new H2(getTranslation("login.demo.title")), new Paragraph(getTranslation("login.demo.explain")),
                grid);
        return panel;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.name"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        login.setError(parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
