package org.ourvoice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.SignedInUser;

/** Where everyone lands after signing in: a greeting for their role and big links to what they can do. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser) {
        addClassName("home-view");
        SignedInUser user = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.intro." + user.role().name())));
        Div links = new Div();
        links.addClassName("home-links");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!entry.path().isEmpty()) {
                RouterLink link = new RouterLink();
                link.setRoute(entry.menuClass());
                if (entry.icon() != null) {
                    link.add(new Icon(entry.icon()));
                }
                link.add(getTranslation(entry.title()));
                link.addClassName("home-link");
                links.add(link);
            }
        }
        add(links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
