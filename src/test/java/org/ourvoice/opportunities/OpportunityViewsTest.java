package org.ourvoice.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityDetails;
import org.ourvoice.opportunities.service.OpportunityForm;
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
import org.ourvoice.support.TestViews;
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
    @Autowired
    TestViews views;

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

    @SuppressWarnings("unchecked")
    private Grid<OpportunitySummary> upcoming() {
        return $(Grid.class).withId("upcoming-opportunities").single();
    }

    /** The cell of the workers' list with the buttons for that opportunity. */
    private Component actions(long id) {
        List<OpportunitySummary> rows = upcoming().getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(o -> o.id() == id).findFirst().orElseThrow());
        return test(upcoming()).getCellComponent(row, 5);
    }

    private Button action(long id, String buttonId) {
        return (Button) actions(id).getChildren().filter(c -> c.getId().orElse("").equals(buttonId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + buttonId));
    }

    private Component titleCell(long id) {
        List<OpportunitySummary> rows = upcoming().getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(o -> o.id() == id).findFirst().orElseThrow());
        return test(upcoming()).getCellComponent(row, 1);
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

        // no place or link yet: refused beside the place, and everything typed stays
        test(button("publish-opportunity")).click();
        TextField place = $(TextField.class).withId("opportunity-place").single();
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Give a place, an online link, or both.");
        assertThat($(Dialog.class).withId("publish-dialog").single().isOpened()).isTrue();
        assertThat($(TextField.class).withId("opportunity-title").single().getValue()).isEqualTo(title);
        assertThat($(DatePicker.class).withId("opportunity-closing").single().getValue()).isEqualTo(day.minusDays(1));

        test($(TextField.class).withId("opportunity-place").single()).setValue("County Hall");
        test(button("publish-opportunity")).click();

        assertThat(upcoming().getListDataView().getItems().map(OpportunitySummary::title)).contains(title);
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

        Component actions = actions(id);
        assertThat(actions.getChildren().map(c -> c.getId().orElse("")))
                .as("once started it can no longer be changed or cancelled").containsExactly("open-" + id);
        test((Button) actions.getChildren().findFirst().orElseThrow()).click();
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

    @Test
    void aWorkerCancelsWithAReasonAndTheYoungPersonWhoSignedUpSeesItMarked() {
        String title = title();
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION, title, 2);
        String me = testAccounts.create(Role.YOUNG_PERSON);
        runAs.user(me, () -> service.signUp(id, SupportNeeds.none()));
        signInAs.user(DemoUsers.WORKER);
        navigate(ManageOpportunitiesView.class);

        test(action(id, "cancel-opportunity-" + id)).click();
        Dialog dialog = $(Dialog.class).withId("cancel-opportunity-dialog").single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Cancel " + title);
        assertThat($(Paragraph.class).withId("cancel-told").single().getText())
                .startsWith("1 young person has a place and nobody is waiting.");
        TextArea reason = $(TextArea.class).withId("cancel-reason").single();

        // no reason, or hidden characters: said beside the reason, nothing cancelled
        test(button("confirm-cancel-opportunity")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say in a few plain words why it is cancelled.");
        test(reason).setValue("The bus\u0007 let us down");
        test(button("confirm-cancel-opportunity")).click();
        assertThat(reason.getErrorMessage()).isEqualTo(
                "The text has hidden characters that cannot be used. Please type it again.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reason.getValue()).isEqualTo("The bus\u0007 let us down");
        assertThat(runAs.user(DemoUsers.WORKER, () -> service.upcoming())).filteredOn(o -> o.id() == id)
                .singleElement().satisfies(o -> assertThat(o.cancelled()).isFalse());

        test(reason).setValue("The bus company let us down");
        test(button("confirm-cancel-opportunity")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat($(Span.class, titleCell(id)).withId("cancelled-" + id).single().getText()).isEqualTo("Cancelled");
        assertThat($(Paragraph.class, titleCell(id)).withId("cancel-reason-" + id).single().getText())
                .isEqualTo("Why: The bus company let us down");
        assertThat(actions(id).getChildren().map(c -> c.getId().orElse(""))).containsExactly("open-" + id);

        signInAs.user(me);
        navigate(ThingsToJoinView.class);
        assertThat(status(id)).isEqualTo("Cancelled");
        assertThat($(Paragraph.class, card(id)).withId("cancel-reason-" + id).single().getText())
                .isEqualTo("Why: The bus company let us down");
        assertThat($(Button.class, card(id)).exists()).as("nothing left to do").isFalse();
    }

    @Test
    void aWorkerChangesTheDetailsWithRefusalsBesideTheFieldAndAConflictKeepsWhatTheyTyped() {
        String title = title();
        long id = testOpportunities.publish(OpportunityKind.BOARD_SEAT, title, 3);
        String me = testAccounts.create(Role.CARE_LEAVER);
        runAs.user(me, () -> service.signUp(id, SupportNeeds.none()));
        signInAs.user(DemoUsers.WORKER);
        navigate(ManageOpportunitiesView.class);

        test(action(id, "change-" + id)).click();
        Dialog dialog = $(Dialog.class).withId("publish-dialog").single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Change " + title);
        TextField titleField = $(TextField.class).withId("opportunity-title").single();
        assertThat(titleField.getValue()).isEqualTo(title);
        assertThat($(Select.class).withId("opportunity-kind").single().isReadOnly()).as("what it is stays").isTrue();
        assertThat($(Checkbox.class).withId("opportunity-leavers").single().isReadOnly()).isTrue();
        IntegerField places = $(IntegerField.class).withId("opportunity-places").single();
        assertThat(places.getValue()).isEqualTo(3);

        // fewer places than are taken, and words too long: each said beside its field
        test(places).setValue(0);
        test(button("save-opportunity")).click();
        assertThat(places.isInvalid()).isTrue();
        assertThat(places.getErrorMessage()).isEqualTo("Places must be from 1 to 500.");
        test(places).setValue(2);
        TextArea description = $(TextArea.class).withId("opportunity-description").single();
        test(description).setValue("x".repeat(100_000));
        test(button("save-opportunity")).click();
        assertThat(places.isInvalid()).as("a fixed field is no longer marked").isFalse();
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("This can be up to 2,000 characters long.");
        test(description).setValue("The April board meeting.");

        // another worker saves a change meanwhile: this one is told, and keeps what they typed
        OpportunityDetails meanwhile = runAs.user(DemoUsers.WORKER, () -> service.details(id));
        String theirs = "Changed meanwhile " + UUID.randomUUID().toString().substring(0, 8);
        runAs.user(DemoUsers.WORKER, () -> service.change(id, meanwhile.version(), new OpportunityForm(
                meanwhile.form().kind(), theirs, meanwhile.form().description(), meanwhile.form().date(),
                meanwhile.form().startTime(), meanwhile.form().endTime(), meanwhile.form().place(), null, true,
                true, 8, 25, 3, meanwhile.form().closingDate())));
        test(titleField).setValue("Mine");
        test(button("save-opportunity")).click();
        Paragraph problem = $(Paragraph.class).withId("publish-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Someone else changed this opportunity while you were working on it.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(titleField.getValue()).isEqualTo("Mine");
        assertThat(description.getValue()).isEqualTo("The April board meeting.");

        // closed and opened again, it shows their change, and saving tells the young person of a new place
        dialog.close();
        test(action(id, "change-" + id)).click();
        assertThat($(TextField.class).withId("opportunity-title").single().getValue()).isEqualTo(theirs);
        test($(TextField.class).withId("opportunity-place").single()).setValue("Youth Centre, Hall 2");
        test(button("save-opportunity")).click();
        assertThat($(Dialog.class).withId("publish-dialog").exists()).isFalse();
        assertThat(runAs.user(DemoUsers.WORKER, () -> service.upcoming())).filteredOn(o -> o.id() == id)
                .singleElement().satisfies(o -> {
                    assertThat(o.title()).isEqualTo(theirs);
                    assertThat(o.place()).isEqualTo("Youth Centre, Hall 2");
                });
        assertThat(testOpportunities.noticesFor(views.accountId(me), "opportunity.notice.changed")).isEqualTo(1);
    }

    @Test
    void aYoungPersonCannotOpenTheWorkersScreen() {
        signInAs.user(testAccounts.create(Role.YOUNG_PERSON));
        navigate("manage-opportunities", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }
}
