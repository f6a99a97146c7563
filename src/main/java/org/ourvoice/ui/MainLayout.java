package org.ourvoice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.ourvoice.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The frame around every signed-in screen: the portal's name, a navigation that lists only the
 * screens the person's role may use (from each view's {@code @Menu}), and signing out.
 */
@Layout
@PermitAll
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final Safelist NAVIGATION_PARTS = Safelist.none()
            .addTags("vaadin-side-nav-item", "vaadin-icon")
            .addAttributes("vaadin-side-nav-item", "path")
            .addAttributes("vaadin-icon", "icon", "slot");

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
        navigation.getElement().setProperty("innerHTML", navigationItems());
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

    /**
     * The menu's items as the side navigation's own elements in plain HTML, the same elements the
     * item components would make: the items need nothing from the server (the browser marks the
     * current one and follows the links), and an element per item and per icon would be kept in
     * memory for every signed-in person.
     */
    private String navigationItems() {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        Element items = page.body();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            Element item = items.appendElement("vaadin-side-nav-item").attr("path", UrlUtil.encodeURI(path));
            item.appendText(getTranslation(entry.title()));
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
        }
        return Jsoup.clean(items.html(), "", NAVIGATION_PARTS, page.outputSettings());
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
