package org.ourvoice.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.opportunities.service.OpportunitySummary;
import org.ourvoice.opportunities.ui.ManageOpportunitiesView;
import org.ourvoice.opportunities.ui.ThingsToJoinView;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.SignInAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestOpportunities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Things to join" for young people and the workers' opportunities screen, used as each role would, without a browser. */
@PortalTest
class OpportunityViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestOpportunities testOpportunities;
    @Autowired
    SignInAs signInAs;
    @Autowired
    RunAs runAs;
    @Autowired
    OpportunityService service;

    private static String title() {
        return "Have your say on school " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Div card(long id) {
        return $(Div.class).withId("opportunity-" + id).single();
    }

    private String status(long id) {
        return $(Paragraph.class).withId("status-" + id).single().getText();
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    // --- young people -----------------------------------------------------------------------

    @Test
    void aYoungPersonSignsUpSayingTheyNeedAnInterpreterAndSeesTheirPlace() {
        long id = testOpportunities.publish(OpportunityKind.BOARD_SEAT, title(), 2);
        String me = testAccounts.create(Role.YOUNG_PERSON);
        signInAs.user(me);
        navigate(ThingsToJoinView.class);
        assertThat($(H3.class, card(id)).single().getText()).startsWith("Have your say on school");
        assertThat(status(id)).startsWith("2 places left. Sign up by");

        test(button("sign-up-" + id)).click();
        assertThat($(TextField.class).withId("need-language").exists()).as("hidden until ticked").isFalse();
        test($(Checkbox.class).withId("need-interpreter").single()).click();
        assertThat($(TextField.class).withId("need-language").exists()).isTrue();
        test($(TextField.class).withId("need-language").single()).setValue("Tigrinya");
        test(button("send-help")).click();

        assertThat(status(id)).isEqualTo("You have a place");
        assertThat($(Paragraph.class, card(id)).withText("Help you asked for: Someone to help with language (Tigrinya)")
                .exists()).isTrue();
        assertThat(runAs.user(DemoUsers.WORKER, () -> service.signUps(id)).getFirst().needs())
                .isEqualTo(new SupportNeeds(false, true, "Tigrinya", false, null));

        test(button("cancel-" + id)).click();
        assertThat(status(id)).startsWith("2 places left");
    }

    @Test
    void whenItIsFullTheButtonSaysWaitingListAndTheYoungPersonSeesTheirNumber() {
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title(), 1);
        String first = testAccounts.create(Role.CARE_LEAVER);
        runAs.user(first, () -> service.signUp(id, SupportNeeds.none()));
        String me = testAccounts.create(Role.CARE_LEAVER);
        signInAs.user(me);
        navigate(ThingsToJoinView.class);

        assertThat(status(id)).isEqualTo("It is full. You can join the waiting list.");
        assertThat(button("sign-up-" + id).getText()).isEqualTo("Join the waiting list");
        test(button("sign-up-" + id)).click();
        test(button("send-help")).click();

        assertThat(status(id)).isEqualTo("You are number 1 on the waiting list");
        assertThat(button("cancel-" + id).getText()).isEqualTo("Leave the waiting list");
    }

    @Test
    void someoneWhoCameSaysHowItWasAndWhatTheyTypedSurvivesARefusal() {
        long id = testOpportunities.publish(OpportunityKind.CICC_SESSION, title(), 2);
        String me = testAccounts.create(Role.YOUNG_PERSON);
        runAs.user(me, () -> service.signUp(id, SupportNeeds.none()));
        testOpportunities.startedAgo(id, Duration.ofHours(3));
        long signUp = runAs.user(DemoUsers.WORKER, () -> service.signUps(id)).getFirst().signUpId();
        runAs.user(DemoUsers.WORKER, () -> service.recordAttendance(id, signUp, true));
        signInAs.user(me);
        navigate(ThingsToJoinView.class);

        TextArea words = $(TextArea.class).withId("feedback-" + id).single();
        test(words).setValue("   ");
        Throwable refused = catchThrowable(() -> test(button("send-feedback-" + id)).click());
        assertThat(((UserFacingException) refused).messageKey()).isEqualTo("voice.textNeeded");

        test(words).setValue("It was fun 🙂 and they listened");
        test(button("send-feedback-" + id)).click();
        assertThat($(Paragraph.class).withId("feedback-given-" + id).single().getText())
                .isEqualTo("You told us how it was. Thank you!");
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void boardMembersCannotOpenEitherScreen() {
        navigate("things-to-join", RouteNotFoundError.class);
        navigate("manage-opportunities", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    // --- workers ----------------------------------------------------------------------------

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerPublishesAnOpportunityAndARefusalKeepsTheForm() {
        navigate(ManageOpportunitiesView.class);
        String title = title();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10);
        test(button("new-opportunity")).click();
        @SuppressWarnings("unchecked")
        Select<OpportunityKind> kind = $(Select.class).withId("opportunity-kind").single();
        test(kind).selectItem("A seat at the board meeting");
        test($(TextField.class).withId("opportunity-title").single()).setValue(title);
        test($(TextArea.class).withId("opportunity-description").single()).setValue("The March board meeting.");
        test($(DatePicker.class).withId("opportunity-date").single()).setValue(day);
        test($(IntegerField.class).withId("opportunity-places").single()).setValue(2);

        // no place or link yet: refused, and everything typed stays
        Throwable refused = catchThrowable(() -> test(button("publish-opportunity")).click());
        assertThat(((UserFacingException) refused).messageKey()).isEqualTo("opportunity.whereNeeded");
        assertThat($(Dialog.class).withId("publish-dialog").single().isOpened()).isTrue();
        assertThat($(TextField.class).withId("opportunity-title").single().getValue()).isEqualTo(title);
        assertThat($(DatePicker.class).withId("opportunity-closing").single().getValue()).isEqualTo(day.minusDays(1));

        test($(TextField.class).withId("opportunity-place").single()).setValue("County Hall");
        test(button("publish-opportunity")).click();

        @SuppressWarnings("unchecked")
        Grid<OpportunitySummary> upcoming = $(Grid.class).withId("upcoming-opportunities").single();
        assertThat(upcoming.getListDataView().getItems().map(OpportunitySummary::title)).contains(title);
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerSeesSupportNeedsAndRecordsWhoCame() {
        long id = testOpportunities.publish(OpportunityKind.BOARD_SEAT, title(), 1);
        String came = testAccounts.create(Role.YOUNG_PERSON);
        String waiting = testAccounts.create(Role.YOUNG_PERSON);
        runAs.user(came, () -> service.signUp(id, new SupportNeeds(true, true, "Arabic", false, "Lift access")));
        runAs.user(waiting, () -> service.signUp(id, SupportNeeds.none()));
        testOpportunities.startedAgo(id, Duration.ofMinutes(30));
        navigate(ManageOpportunitiesView.class);

        @SuppressWarnings("unchecked")
        Grid<OpportunitySummary> upcoming = $(Grid.class).withId("upcoming-opportunities").single();
        java.util.List<OpportunitySummary> rows = upcoming.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(o -> o.id() == id).findFirst().orElseThrow());
        test((Button) test(upcoming).getCellComponent(row, 5)).click();
        @SuppressWarnings("unchecked")
        Grid<Object> signUps = $(Grid.class).withId("sign-ups").single();
        assertThat(test(signUps).size()).isEqualTo(2);
        assertThat(test(signUps).getCellText(0, 0)).isEqualTo(came);
        assertThat(test(signUps).getCellText(0, 4)).isEqualTo("Transport; Interpreter (Arabic); Access: Lift access");
        assertThat(test(signUps).getCellText(1, 3)).isEqualTo("Waiting (1)");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> attendance = (RadioButtonGroup<Boolean>) test(signUps).getCellComponent(0, 5);
        test(attendance).selectItem("Came");

        assertThat(runAs.user(DemoUsers.WORKER, () -> service.signUps(id)).getFirst().attended()).isTrue();
    }
}
