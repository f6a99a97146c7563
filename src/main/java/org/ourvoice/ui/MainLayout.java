package org.ourvoice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.ourvoice.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The frame around every signed-in screen: the portal's name, a navigation that lists only the
 * screens the person's role may use (from each view's {@code @Menu}), and signing out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H2 viewTitle = new H2();
    private final SideNav navigation = new SideNav();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
            ApplicationEventPublisher events) {
        setPrimarySection(Section.DRAWER);
        Anchor skipLink = new Anchor("#main-content", getTranslation("layout.skipToContent"));
        skipLink.addClassName("skip-link");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("view-title");
        addToNavbar(skipLink, toggle, viewTitle);
        if (currentUser.find().map(user -> user.role().isYoung()).orElse(false)) {
            addToNavbar(new ReadAloudButton());
        }

        H1 appName = new H1(getTranslation("app.name"));
        appName.addClassName("app-name");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            navigation.addItem(navigationItem(entry));
        }
        navigation.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));

        Div account = new Div();
        account.addClassName("account-box");
        currentUser.find().ifPresent(user -> {
            Span who = new Span(getTranslation("layout.signedInAs", user.displayName(),
                    getTranslation(user.role().messageKey())));
            account.add(who);
        });
        Button signOut = new Button(getTranslation("layout.signOut"), click -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("sign-out");
        account.add(new LanguagePicker(events, true), signOut);
        addToDrawer(appName, new Scroller(navigation), account);
    }

    private SideNavItem navigationItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content == null ? "" : MenuConfiguration.getPageHeader(content).orElse(""));
        if (content != null) {
            content.getElement().setAttribute("id", "main-content");
        }
    }
}
