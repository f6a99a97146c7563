package org.ourvoice.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.pledges.TestPledges.today;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.domain.DeliveryStatus;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.pledges.service.CommitmentItem;
import org.ourvoice.pledges.service.DocumentSummary;
import org.ourvoice.pledges.service.MySuggestion;
import org.ourvoice.pledges.service.PledgeDeliveryService;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.pledges.service.VersionDetail;
import org.ourvoice.pledges.service.VersionSummary;
import org.ourvoice.pledges.ui.HowWeAreDoingView;
import org.ourvoice.pledges.ui.OurPromisesView;
import org.ourvoice.pledges.ui.PledgeDeliveryView;
import org.ourvoice.pledges.ui.PledgeDocumentsView;
import org.ourvoice.pledges.ui.ShapeOurPromisesView;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.SignInAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The pledge screens used as each role would use them, without a browser: young people shape an
 * open version, read our promises and how they are going; workers draft, take suggestions in and
 * record delivery; the board adopts. Every test makes its own documents and accounts.
 */
@PortalTest
class PledgeViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestPledges pledges;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    SignInAs signInAs;
    @Autowired
    RunAs runAs;
    @Autowired
    PledgeDraftingService drafting;
    @Autowired
    PledgeSuggestionService suggestions;
    @Autowired
    PledgeDeliveryService delivery;

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private Div block(String title) {
        return $(Div.class).withClassName("promise-document").all().stream()
                .filter(d -> $(com.vaadin.flow.component.html.H3.class, d).all().stream()
                        .anyMatch(h -> h.getText().equals(title)))
                .findFirst().orElseThrow(() -> new AssertionError("no block for " + title));
    }

    private boolean hasBlock(String title) {
        return $(com.vaadin.flow.component.html.H3.class).all().stream().anyMatch(h -> h.getText().equals(title));
    }

    private List<Div> myIdeas() {
        return $(Div.class).withClassName("my-idea").all();
    }

    // --- young people ---------------------------------------------------------------------------

    @Test
    void aYoungPersonSuggestsNewWordsAndSeesItWaitingToBeChecked() {
        String me = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        CommitmentItem first = pledges.commitment(version, 1);
        signInAs.user(me);

        navigate(ShapeOurPromisesView.class);
        assertThat(hasBlock(pledges.detail(version).documentTitle())).isTrue();
        test($(TextArea.class).withId("words-" + first.id() + "-text").single()).setValue("Visit me every month");
        test(button("words-" + first.id() + "-send")).click();

        assertThat($(TextArea.class).withId("words-" + first.id() + "-text").single().getValue())
                .as("the form is ready for another idea").isEmpty();
        assertThat(myIdeas()).singleElement().satisfies(card -> {
            assertThat(card.getElement().getAttribute("data-stage")).isEqualTo("BEING_CHECKED");
            assertThat($(Span.class, card).withClassName("status-badge").single().getText())
                    .isEqualTo("Waiting to be checked");
            assertThat($(Paragraph.class, card).withClassName("view-words").single().getText())
                    .isEqualTo("Visit me every month");
        });
    }

    @Test
    void anEmptyIdeaShowsAMessageOnTheFieldAndStoresNothing() {
        String me = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        CommitmentItem first = pledges.commitment(version, 1);
        signInAs.user(me);

        navigate(ShapeOurPromisesView.class);
        TextArea comment = $(TextArea.class).withId("comment-" + first.id() + "-text").single();
        test(comment).setValue("   ");
        test(button("comment-" + first.id() + "-send")).click();

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Please write your comment.");
        assertThat(myIdeas()).isEmpty();
        assertThat(runAs.user(me, suggestions::mine)).isEmpty();
    }

    @Test
    void aYoungPersonSaysHowMuchAPromiseMattersAndBacksSomeoneElsesIdea() {
        String author = testAccounts.create(Role.YOUNG_PERSON);
        String me = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        CommitmentItem first = pledges.commitment(version, 1);
        long idea = pledges.suggestWording(author, first.id(), "A visit when I ask for one", true);
        pledges.approve(idea);
        signInAs.user(me);

        navigate(ShapeOurPromisesView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> matters = $(RadioButtonGroup.class).withId("matters-" + first.id()).single();
        test(matters).selectItem("A lot");
        Div card = $(Div.class).withClassName("idea-card").all().stream()
                .filter(d -> String.valueOf(idea).equals(d.getElement().getAttribute("data-suggestion")))
                .findFirst().orElseThrow();
        assertThat($(Span.class, card).withClassName("idea-author").single().getText()).isEqualTo(author);
        Button back = $(Button.class, card).withClassName("back-idea").single();
        assertThat(back.getText()).isEqualTo("Back this idea (0)");
        test(back).click();

        assertThat(back.getText()).isEqualTo("You back this (1)");
        assertThat(back.isEnabled()).isFalse();
        var mine = runAs.user(me, suggestions::openForMe).stream().filter(f -> f.version().id() == version)
                .findFirst().orElseThrow().commitments().getFirst();
        assertThat(mine.myScore()).isEqualTo(3);
        assertThat(mine.wordings().getFirst().supports()).isEqualTo(1);
    }

    @Test
    void aCareLeaverDoesNotSeeAPledgeOpenOnlyToYoungPeopleInCare() {
        String careLeaver = testAccounts.create(Role.CARE_LEAVER);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        signInAs.user(careLeaver);
        navigate(ShapeOurPromisesView.class);
        assertThat(hasBlock(pledges.detail(version).documentTitle())).isFalse();
    }

    @Test
    void aYoungPersonSeesTheirCreditWhatBecameOfTheirIdeaAndHowThePromiseIsGoing() {
        String me = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        CommitmentItem first = pledges.commitment(version, 1);
        long idea = pledges.suggestWording(me, first.id(), "We will visit you every month", true);
        pledges.approve(idea);
        long draft = runAs.user(DemoUsers.WORKER, () -> suggestions.accept(idea, pledges.lockOf(idea),
                "We will visit you every month"));
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(draft, pledges.detail(draft).lock(), today()));
        CommitmentItem adopted = pledges.commitment(draft, 1);
        runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(adopted.id(), DeliveryStatus.ON_TRACK, today(),
                "Every young person had a visit this month", null));
        String title = pledges.detail(draft).documentTitle();
        signInAs.user(me);

        navigate(OurPromisesView.class);
        Div ours = block(title);
        assertThat($(Paragraph.class, ours).withClassName("credits-line").single().getText())
                .isEqualTo("Shaped by " + me + ". Thank you!");
        assertThat($(ListItem.class, ours).all()).extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).contains("Promise 1: Taken in: We will visit you every month"));
        assertThat($(Anchor.class, ours).withClassName("download-pdf").exists()).isTrue();
        assertThat($(Anchor.class, ours).withClassName("download-html").exists()).isTrue();

        navigate(ShapeOurPromisesView.class);
        assertThat(myIdeas()).singleElement().satisfies(card -> {
            assertThat(card.getElement().getAttribute("data-stage")).isEqualTo(MySuggestion.Stage.TAKEN_IN.name());
            assertThat($(Paragraph.class, card).withClassName("idea-taken-in").single().getText())
                    .isEqualTo("The promise now says: We will visit you every month");
        });

        navigate(HowWeAreDoingView.class);
        Div doing = block(title);
        Div status = $(Div.class, doing).withClassName("promise-status").all().getFirst();
        assertThat(status.getElement().getAttribute("data-status")).isEqualTo("ON_TRACK");
        assertThat($(Span.class, status).single().getText()).isEqualTo("On track");
        assertThat($(Paragraph.class, status).single().getText()).endsWith("Every young person had a visit this month");
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aYoungPersonCannotOpenTheStaffScreens() {
        navigate("pledge-documents", RouteNotFoundError.class);
        navigate("pledge-delivery", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberCannotOpenTheYoungPeoplesScreens() {
        navigate("shape-our-promises", RouteNotFoundError.class);
        navigate("our-promises", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    // --- workers and the board -----------------------------------------------------------------

    private void choose(long versionId) {
        VersionDetail detail = pledges.detail(versionId);
        @SuppressWarnings("unchecked")
        Select<DocumentSummary> document = $(Select.class).withId("document").single();
        document.setValue(document.getListDataView().getItems().filter(d -> d.id() == detail.documentId())
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<VersionSummary> version = $(Select.class).withId("version").single();
        version.setValue(version.getListDataView().getItems().filter(v -> v.id() == versionId).findFirst()
                .orElseThrow());
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerCreatesADocumentAndWritesItsFirstDraft() {
        navigate(PledgeDocumentsView.class);
        String title = "Our Pledge " + org.ourvoice.support.TestSharing.word();
        test($(TextField.class).withId("new-title").single()).setValue(title);
        test(button("new-create")).click();

        assertThat($(Paragraph.class).withId("version-state").single().getText())
                .isEqualTo("Draft. When opened, it will be for: Young people in care.");
        test($(TextField.class).withId("add-section").single()).setValue("Your home");
        test(button("add-section-button")).click();
        TextField commitment = $(TextField.class).all().stream().filter(f -> f.getId().orElse("")
                .startsWith("add-commitment-")).findFirst().orElseThrow();
        test(commitment).setValue("We will visit you at home");
        test($(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("add-commitment-button-"))
                .findFirst().orElseThrow()).click();

        long versionId = drafting.documents().stream().filter(d -> d.title().equals(title)).findFirst()
                .orElseThrow().versions().getFirst().id();
        assertThat(pledges.detail(versionId).commitments()).extracting(CommitmentItem::text)
                .containsExactly("We will visit you at home");
        assertThat($(TextField.class).withClassName("commitment-text").single().getValue())
                .isEqualTo("We will visit you at home");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void whenAnotherWorkerSavedFirstTheirWordsAreShownAndMineAreKept() {
        long version = pledges.draft(DocumentKind.PLEDGE);
        navigate(PledgeDocumentsView.class);
        choose(version);
        CommitmentItem first = pledges.commitment(version, 1);
        runAs.user(DemoUsers.WORKER, () -> drafting.editCommitment(first.id(), first.lock(), "Their words", null));

        Div row = $(Div.class).withClassName("commitment-row").all().getFirst();
        TextField text = $(TextField.class, row).withClassName("commitment-text").single();
        test(text).setValue("My words");
        test($(Button.class, row).withClassName("save-commitment").single()).click();

        Paragraph meanwhile = $(Paragraph.class, row).withClassName("saved-meanwhile").single();
        assertThat(meanwhile.isVisible()).isTrue();
        assertThat(meanwhile.getText()).contains("\"Their words\"");
        assertThat(text.getValue()).as("nothing typed is lost").isEqualTo("My words");
        assertThat(pledges.commitment(version, 1).text()).isEqualTo("Their words");

        test($(Button.class, row).withClassName("save-commitment").single()).click();
        assertThat(pledges.commitment(version, 1).text()).as("saving again replaces them knowingly")
                .isEqualTo("My words");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerTakesASuggestionIntoTheNextDraftAndDeclinesAnotherWithAReason() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        long taken = pledges.suggestWording(young, pledges.commitment(version, 1).id(), "Every month", false);
        long declined = pledges.suggestWording(young, pledges.commitment(version, 2).id(), "Never move me", false);
        pledges.approve(taken);
        pledges.approve(declined);

        navigate(PledgeDocumentsView.class);
        choose(version);
        Div first = card(taken);
        test($(TextField.class, first).withClassName("take-in-words").single()).setValue("Every month, or more");
        test($(Button.class, first).withClassName("take-in").single()).click();
        choose(version);
        Div second = card(declined);
        test($(Button.class, second).withClassName("decline").single()).click();
        TextField reason = $(TextField.class, second).withClassName("decline-reason").single();
        assertThat(reason.isInvalid()).isTrue();
        test(reason).setValue("Sometimes a move keeps you safe");
        test($(Button.class, second).withClassName("decline").single()).click();

        List<MySuggestion> mine = runAs.user(young, suggestions::mine);
        assertThat(mine).extracting(MySuggestion::stage).containsExactlyInAnyOrder(
                MySuggestion.Stage.TAKEN_IN_CHANGED, MySuggestion.Stage.NOT_TAKEN);
        long draft = drafting.prepareNextVersion(pledges.detail(version).documentId());
        assertThat(pledges.commitment(draft, 1).text()).isEqualTo("Every month, or more");
    }

    private Div card(long suggestionId) {
        return $(Div.class).withClassName("suggestion-card").all().stream()
                .filter(d -> String.valueOf(suggestionId).equals(d.getElement().getAttribute("data-suggestion")))
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void theBoardAdoptsADraftAndComparesIt() {
        long version = pledges.draft(DocumentKind.LOCAL_OFFER);
        navigate(PledgeDocumentsView.class);
        choose(version);
        assertThat($(Button.class).withId("prepare-next").exists()).as("only workers prepare versions").isFalse();
        test(button("adopt")).click();

        assertThat(pledges.detail(version).status()).isEqualTo(VersionStatus.ADOPTED);
        assertThat($(Paragraph.class).withId("version-state").single().getText())
                .startsWith("Adopted by the board on");
        assertThat($(Anchor.class).withClassName("download-pdf").exists()).isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerRecordsHowAPromiseIsGoing() {
        long version = pledges.draft(DocumentKind.LOCAL_OFFER);
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(version, pledges.detail(version).lock(), today()));
        CommitmentItem first = pledges.commitment(version, 1);

        navigate(PledgeDeliveryView.class);
        Div line = $(Div.class).withClassName("promise-status").all().stream()
                .filter(d -> String.valueOf(first.id()).equals(d.getElement().getAttribute("data-commitment")))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Select<DeliveryStatus> status = $(Select.class, line).withClassName("update-status").single();
        status.setValue(DeliveryStatus.OFF_TRACK);
        test($(TextArea.class, line).withClassName("update-evidence").single()).setValue("No visits in March");
        test($(Button.class, line).withClassName("record-update").single()).click();

        Div after = $(Div.class).withClassName("promise-status").all().stream()
                .filter(d -> String.valueOf(first.id()).equals(d.getElement().getAttribute("data-commitment")))
                .findFirst().orElseThrow();
        assertThat($(Span.class, after).withClassName("status-badge").single().getText()).isEqualTo("Off track");
        assertThat($(ListItem.class, after).single().getText()).contains("Off track · No visits in March");
    }
}
