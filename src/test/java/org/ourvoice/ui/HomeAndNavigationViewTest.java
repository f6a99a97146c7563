package org.ourvoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role lands on its home page and its menu lists only what the role may use. */
@PortalTest
class HomeAndNavigationViewTest extends SpringBrowserlessTest {

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
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
