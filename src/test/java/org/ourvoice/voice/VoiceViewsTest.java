package org.ourvoice.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.SignInAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.ui.MySayView;
import org.ourvoice.voice.ui.SharedViewsView;
import org.ourvoice.voice.ui.SubmitContributionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * "Have your say", "My say" and the board's "What young people said", used as each role would use
 * them, without a browser. Every test makes its own accounts and views: the database is shared.
 */
@PortalTest
class VoiceViewsTest extends SpringBrowserlessTest {

    private static final String SCHOOL = "School and learning";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    SignInAs signInAs;
    @Autowired
    RunAs runAs;
    @Autowired
    ContributionService contributions;
    @Autowired
    ModerationService moderation;
    @Autowired
    ThemeService themeService;

    // --- Have your say and My say -------------------------------------------------------------

    @Test
    void aYoungPersonSendsAViewAndFindsItWaitingInMySay() {
        String me = testAccounts.create(Role.YOUNG_PERSON);
        signInAs.user(me);
        String words = "The wifi at my home is too slow for homework " + unique();

        navigate(SubmitContributionView.class);
        test(textArea()).setValue(words);
        pickTheme(SCHOOL);
        mood().setValue(Mood.UNHAPPY);
        test(button("send-view")).click();

        assertThat(sentPanel().isVisible()).as("the thank-you panel shows").isTrue();
        assertThat($(TextArea.class).withId("view-text").exists()).as("the form is put away").isFalse();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("We got it. A worker will read it soon. You can see how it is going in My say.");

        navigate(MySayView.class);
        assertThat($(Paragraph.class).withId("my-say-waiting").single().getText()).isEqualTo("Waiting to be checked: 1");
        List<Div> cards = cards();
        assertThat(cards).hasSize(1);
        Div card = cards.getFirst();
        assertThat(card.getElement().getAttribute("data-status")).isEqualTo("WAITING");
        assertThat(shown(card, "span.status-badge.status-waiting")).isEqualTo("Waiting to be checked");
        assertThat(shown(card, "p.view-words")).isEqualTo(words);
        assertThat(shown(card, "p.view-themes")).isEqualTo(SCHOOL);
        assertThat(shown(card, "span.view-mood")).isEqualTo(Mood.UNHAPPY.face() + " Sad");
        assertThat(shown(card, "p.view-meta")).endsWith("Your name is hidden.");
    }

    @Test
    void wordsThatLookLikeCodeShowInMySayAsTheyWereTyped() {
        String me = testAccounts.create(Role.YOUNG_PERSON);
        String words = "<script>alert('x')</script> <img src=x onerror=alert(1)> & \"quotes\" مرحبا " + unique();
        String reason = "<b>Please</b> <a href=\"javascript:alert(1)\">ring</a> us " + unique();
        long id = send(me, words, false);
        runAs.user(DemoUsers.WORKER, () -> moderation.notShare(id, moderation.open(id).item().version(),
                NotSharedReason.OTHER, reason));
        signInAs.user(me);

        navigate(MySayView.class);
        Div card = cards().getFirst();
        assertThat(card.getElement().getAttribute("data-status")).isEqualTo("NOT_SHARED");
        assertThat(shown(card, "span.status-badge.status-not_shared")).isEqualTo("Not shared");
        assertThat(shown(card, "p.view-words")).isEqualTo(words);
        assertThat(shown(card, "p.view-reason")).isEqualTo("Why: " + reason);
        assertThat(content(card).select("script, img, b, a, [onerror]")).as("nothing typed becomes markup").isEmpty();
    }

    @Test
    void sendingWithoutWordsShowsTheMessageOnTheFieldAndStoresNothing() {
        String me = testAccounts.create(Role.YOUNG_PERSON);
        signInAs.user(me);

        navigate(SubmitContributionView.class);
        test(textArea()).setValue("   ");
        pickTheme(SCHOOL);
        mood().setValue(Mood.OK);
        test(button("send-view")).click();

        TextArea text = textArea();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Please write what is on your mind.");
        assertThat(sentShown()).isFalse();
        assertThat(themes().getValue()).extracting(ThemeChoice::label).containsExactly(SCHOOL);
        assertThat(mood().getValue()).as("nothing chosen is lost").isEqualTo(Mood.OK);
        assertThat(runAs.user(me, contributions::countMine)).isZero();

        navigate(MySayView.class);
        assertThat($(Paragraph.class).withId("my-say-waiting").single().getText()).isEqualTo("Waiting to be checked: 0");
        assertThat(cards()).isEmpty();
        assertThat($(Paragraph.class).withText("You have not said anything yet.").exists()).isTrue();
    }

    @Test
    void aDraftIsThereAgainAfterGoingToAnotherScreenAndBack() {
        String me = testAccounts.create(Role.YOUNG_PERSON);
        signInAs.user(me);
        String words = "Half of what I want to say " + unique();

        navigate(SubmitContributionView.class);
        test(textArea()).setValue(words);
        pickTheme(SCHOOL);
        test($(Checkbox.class).withId("view-talk").single()).click();
        assertThat(draftStatus()).isEqualTo("Your words are saved as a draft.");

        navigate(MySayView.class);
        assertThat(cards()).as("a draft is not sent").isEmpty();
        navigate(SubmitContributionView.class);

        assertThat(textArea().getValue()).isEqualTo(words);
        assertThat(themes().getValue()).extracting(ThemeChoice::label).containsExactly(SCHOOL);
        assertThat($(Checkbox.class).withId("view-talk").single().getValue()).isTrue();
        assertThat(draftStatus()).isEqualTo("Welcome back. We kept what you were writing.");

        test(button("clear-view")).click();
        assertThat(textArea().getValue()).isEmpty();
        navigate(MySayView.class);
        navigate(SubmitContributionView.class);
        assertThat(textArea().getValue()).as("a cleared draft stays cleared").isEmpty();
    }

    @Test
    void aCareLeaverSendsANamedViewToo() {
        String me = testAccounts.create(Role.CARE_LEAVER);
        signInAs.user(me);
        String words = "Help with my first flat bills would be good " + unique();

        navigate(SubmitContributionView.class);
        test(textArea()).setValue(words);
        pickTheme("Leaving care and housing");
        pickTheme("Money");
        mood().setValue(Mood.OK);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> name = $(RadioButtonGroup.class).withId("view-name").single();
        test(name).selectItem("Show my name with it");
        test(button("send-view")).click();
        assertThat(sentPanel().isVisible()).isTrue();

        test($(com.vaadin.flow.router.RouterLink.class).withId("go-to-my-say").single()).click();
        assertThat(getCurrentView()).isInstanceOf(MySayView.class);
        Div card = cards().getFirst();
        assertThat(shown(card, "p.view-words")).isEqualTo(words);
        assertThat(shown(card, "p.view-themes").split(", "))
                .containsExactlyInAnyOrder("Money", "Leaving care and housing");
        assertThat(shown(card, "p.view-meta")).endsWith("Your name is shown with it.");
    }

    @Test
    void sayingAnotherThingStartsWithAnEmptyForm() {
        String me = testAccounts.create(Role.YOUNG_PERSON);
        signInAs.user(me);
        navigate(SubmitContributionView.class);
        test(textArea()).setValue("First thing " + unique());
        pickTheme(SCHOOL);
        mood().setValue(Mood.HAPPY);
        test(button("send-view")).click();

        test(button("say-another")).click();
        assertThat(sentShown()).isFalse();
        assertThat(textArea().getValue()).isEmpty();
        assertThat(themes().getValue()).isEmpty();
        assertThat(mood().getValue()).isNull();
        test(textArea()).setValue("Second thing " + unique());
        pickTheme(SCHOOL);
        mood().setValue(Mood.OK);
        test(button("send-view")).click();

        assertThat(runAs.user(me, contributions::countMine)).as("two views, each stored once").isEqualTo(2);
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerCannotOpenTheYoungPeoplesForms() {
        navigate("have-your-say", RouteNotFoundError.class);
        navigate("my-say", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberCannotOpenTheYoungPeoplesForms() {
        navigate("have-your-say", RouteNotFoundError.class);
        navigate("my-say", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.ADMIN)
    void anAdministratorCannotOpenTheYoungPeoplesFormsOrTheSharedViews() {
        navigate("have-your-say", RouteNotFoundError.class);
        navigate("my-say", RouteNotFoundError.class);
        navigate("shared-views", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aYoungPersonCannotOpenWhatTheBoardReads() {
        navigate("shared-views", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.CARE_LEAVER)
    void aCareLeaverCannotOpenWhatTheBoardReads() {
        navigate("shared-views", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    // --- What young people said (the board) ----------------------------------------------------

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberReadsOnlyApprovedViewsAndNoNameUnlessOneWasChosen() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String marker = unique();
        long hidden = send(young, "Hidden name view " + marker, false);
        long named = send(young, "Named view " + marker, true);
        send(young, "Still waiting view " + marker, false);
        long keptBack = send(young, "Kept back view " + marker, false);
        runAs.user(DemoUsers.WORKER, () -> {
            approve(hidden);
            approve(named);
            moderation.notShare(keptBack, moderation.open(keptBack).item().version(),
                    NotSharedReason.NOT_CLEAR, null);
        });

        navigate(SharedViewsView.class);
        @SuppressWarnings("unchecked")
        Grid<SharedView> grid = $(Grid.class).withId("shared-grid").single();
        List<List<String>> mine = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 1).endsWith(marker)) {
                mine.add(List.of(test(grid).getCellText(row, 1), test(grid).getCellText(row, 2),
                        test(grid).getCellText(row, 4)));
            }
        }
        assertThat(mine).containsExactlyInAnyOrder(
                List.of("Hidden name view " + marker, "School and education", "Anonymous"),
                List.of("Named view " + marker, "School and education", young));
        assertThat($(Paragraph.class).withId("shared-count").single().getText())
                .isEqualTo(test(grid).size() == 1 ? "1 view" : test(grid).size() + " views");
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberNarrowsTheSharedViewsToATheme() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String marker = unique();
        long money = send(young, "About money " + marker, false, "money");
        long school = send(young, "About school " + marker, false, "school");
        runAs.user(DemoUsers.WORKER, () -> {
            approve(money);
            approve(school);
        });

        navigate(SharedViewsView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.util.Optional<ThemeChoice>> theme =
                $(com.vaadin.flow.component.select.Select.class).withId("shared-theme").single();
        theme.setValue(theme.getListDataView().getItems()
                .filter(o -> o.map(t -> t.code().equals("money")).orElse(false)).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<SharedView> grid = $(Grid.class).withId("shared-grid").single();
        List<String> shown = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getCellText(row, 2)).contains("Money");
            shown.add(test(grid).getCellText(row, 1));
        }
        assertThat(shown).contains("About money " + marker).doesNotContain("About school " + marker);
    }

    // --- helpers -------------------------------------------------------------------------------

    private long send(String young, String words, boolean showName) {
        return send(young, words, showName, "school");
    }

    private long send(String young, String words, boolean showName, String themeCode) {
        return runAs.user(young, () -> contributions.submit(new ContributionForm(UUID.randomUUID().toString(), words,
                List.of(theme(themeCode).id()), Mood.HAPPY, showName, false)));
    }

    private void approve(long id) {
        moderation.approve(id, moderation.open(id).item().version(), null, moderation.open(id).item().themeIds());
    }

    private ThemeChoice theme(String code) {
        return runAs.user(DemoUsers.WORKER, () -> themeService.choices()).stream()
                .filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    /** A made-up word that screening cannot mistake for a postcode, a phone number or a phrase. */
    private static String unique() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            out.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }

    private TextArea textArea() {
        return $(TextArea.class).withId("view-text").single();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ThemeChoice> themes() {
        return $(CheckboxGroup.class).withId("view-themes").single();
    }

    /** Ticks a theme by the label the young person reads (the group draws its labels with icons). */
    private void pickTheme(String label) {
        CheckboxGroup<ThemeChoice> group = themes();
        ThemeChoice choice = group.getListDataView().getItems().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No theme labelled " + label));
        Set<ThemeChoice> chosen = new java.util.HashSet<>(group.getValue());
        chosen.add(choice);
        group.setValue(chosen);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Mood> mood() {
        return $(RadioButtonGroup.class).withId("view-mood").single();
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private boolean sentShown() {
        return $(Div.class).withId("view-sent").exists();
    }

    private Div sentPanel() {
        return $(Div.class).withId("view-sent").single();
    }

    private String draftStatus() {
        return $(Span.class).withId("draft-status").single().getText();
    }

    private List<Div> cards() {
        Component list = $(Div.class).withId("my-say-list").single();
        return $(Div.class, list).withClassName("view-card").all();
    }

    /** The card's content as the browser builds it from the card's HTML. */
    private static Element content(Div card) {
        return Jsoup.parseBodyFragment(card.getElement().getProperty("innerHTML", "")).body();
    }

    /** The text of the one part of the card that the selector finds, as the young person reads it. */
    private static String shown(Div card, String selector) {
        List<Element> found = content(card).select(selector);
        assertThat(found).as("one %s in the card", selector).hasSize(1);
        return found.getFirst().wholeText();
    }
}
