package org.ourvoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role lands on its home page and its menu lists only what the role may use. */
@PortalTest
class HomeAndNavigationViewTest extends SpringBrowserlessTest {

    /** The menu's labels, read from the navigation's items as the browser builds them. */
    private List<String> menu() {
        List<Element> items = Jsoup.parseBodyFragment($(SideNav.class).single().getElement().getProperty("innerHTML", ""))
                .select("body > vaadin-side-nav-item");
        assertThat(items).as("every item leads to its screen and has its icon").allSatisfy(item -> {
            assertThat(item.attr("path")).doesNotStartWith("/").doesNotContain(" ");
            assertThat(item.select("> vaadin-icon[slot=prefix]").attr("icon")).startsWith("vaadin:");
        });
        return items.stream().map(Element::ownText).toList();
    }

    private String greeting() {
        return $(H2.class).withId("home-greeting").single().getText();
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aYoungPersonSeesAGreetingAndNoStaffScreens() {
        navigate(HomeView.class);
        assertThat(greeting()).isEqualTo("Hello, Jade");
        assertThat(menu()).containsExactly("Home", "Messages", "Have your say", "My say", "You said, we did",
                "Our promises", "Shape our promises", "How are we doing?", "Things to join", "My data",
                "Change password");
    }

    @Test
    @WithUserDetails(DemoUsers.CARE_LEAVER)
    void aCareLeaverSeesTheirOwnHome() {
        navigate(HomeView.class);
        assertThat(greeting()).isEqualTo("Hello, Kai");
        assertThat(menu()).containsExactly("Home", "Messages", "Have your say", "My say", "You said, we did",
                "Our promises", "Shape our promises", "How are we doing?", "Things to join", "My data",
                "Change password");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerSeesInvitationsAndAccounts() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Messages", "Check views", "Safeguarding", "Screening phrases",
                "Themes", "Themes dashboard", "What young people said", "Board meetings", "Decisions", "Action tracker",
                "Pledge and Local Offer", "Keeping our promises", "Opportunities", "Engagement", "Participation report",
                "Invitations", "Accounts", "Turning 18", "Deletion requests", "My data",
                "Change password");
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberSeesNoAccountScreens() {
        navigate(HomeView.class);
        assertThat(greeting()).isEqualTo("Hello, Cllr Morgan");
        assertThat(menu()).containsExactly("Home", "Messages", "Themes dashboard", "What young people said",
                "Board meetings", "Decisions", "Action tracker", "Pledge and Local Offer", "Keeping our promises",
                "Engagement", "Participation report", "My data", "Change password");
    }

    @Test
    @WithUserDetails(DemoUsers.ADMIN)
    void anAdministratorAlsoSeesTheAuditTrail() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Messages", "Invitations", "Accounts", "Turning 18", "Deletion requests",
                "Audit trail", "Keeping data", "My data", "Change password");
    }
}
