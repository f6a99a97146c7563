package org.ourvoice.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.board.domain.Verdict;
import org.ourvoice.board.service.ActionForm;
import org.ourvoice.board.service.ActionService;
import org.ourvoice.board.service.DecisionForm;
import org.ourvoice.board.service.DecisionItem;
import org.ourvoice.board.service.DecisionService;
import org.ourvoice.board.service.MeetingForm;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.board.service.ResponseForm;
import org.ourvoice.board.ui.ActionTrackerView;
import org.ourvoice.board.ui.BoardDecisionsView;
import org.ourvoice.board.ui.BoardMeetingsView;
import org.ourvoice.board.ui.YouSaidWeDidView;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.SignInAs;
import org.ourvoice.support.TestSharing;
import org.ourvoice.support.TestViews;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.ui.MySayView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The board's screens and "You said, we did", used as each role would use them, without a browser. */
@PortalTest
class BoardViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestSharing sharing;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    SignInAs signInAs;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcTemplate jdbc;

    private ThemeChoice theme;
    private String young;
    private long view;
    private String words;

    @BeforeEach
    void aSharedView() {
        theme = sharing.theme("Clubs");
        young = sharing.youngPerson(AgeBand.AGE_11_13, true);
        words = "I want a youth club near me " + TestSharing.word();
        view = sharing.share(young, words, Mood.OK, theme.id());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private DecisionItem decided() {
        return runAs.user(DemoUsers.BOARD, () -> {
            long meeting = meetings.create(new MeetingForm(today(), "Shirehall " + TestSharing.word())).id();
            return decisions.record(new DecisionForm(meeting, "Open a youth club " + TestSharing.word(),
                    "Many young people asked", List.of(theme.id()), List.of(view)));
        });
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberRecordsADecisionWithAnActionAndAResponse() {
        runAs.user(DemoUsers.BOARD, () -> meetings.create(new MeetingForm(today(), "Shirehall " + TestSharing.word())));
        navigate(BoardDecisionsView.class);
        assertThat($(Div.class).withId("board-figures").single().getElement().getTextRecursively()).contains("Views with a response");

        test(button("decision-new")).click();
        Dialog dialog = $(Dialog.class).single();
        String title = "Open a youth club " + TestSharing.word();
        test($(TextArea.class).withId("decision-reason").single()).setValue("Many young people asked for one");
        test(button("decision-save")).click();
        TextField what = $(TextField.class).withId("decision-title").single();
        assertThat(dialog.isOpened()).as("refused, the form stays with what was typed").isTrue();
        assertThat(what.isInvalid()).isTrue();
        assertThat(what.getErrorMessage()).isEqualTo("Please say what was decided.");
        assertThat($(TextArea.class).withId("decision-reason").single().getValue())
                .isEqualTo("Many young people asked for one");

        test(what).setValue(title);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SharedView> picker = $(MultiSelectComboBox.class).withId("decision-views").single();
        picker.getListDataView().getItems().filter(v -> v.id() == view).forEach(picker::select);
        test(button("decision-save")).click();
        assertThat(dialog.isOpened()).isFalse();

        Div card = $(Div.class).withClassName("decision-card").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains(title)).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains(words);
        test($(Button.class, card).withClassName("decision-add-action").single()).click();
        test($(TextField.class).withId("action-title").single()).setValue("Find a building");
        test($(DatePicker.class).withId("action-due").single()).setValue(today().minusDays(1));
        @SuppressWarnings("unchecked")
        Select<org.ourvoice.board.service.OwnerChoice> owner = $(Select.class).withId("action-owner").single();
        test(owner).selectItem(DemoUsers.WORKER);
        test(button("action-save")).click();
        DatePicker due = $(DatePicker.class).withId("action-due").single();
        assertThat(due.getErrorMessage()).startsWith("The due date cannot be in the past");
        test(due).setValue(today().plusDays(20));
        test(button("action-save")).click();
        assertThat($(Dialog.class).all()).isEmpty();

        card = $(Div.class).withClassName("decision-card").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains(title)).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Find a building").contains(DemoUsers.WORKER);
        test($(Button.class, card).withClassName("decision-respond").single()).click();
        test($(TextArea.class).withId("response-you-said").single()).setValue("You want a youth club near you");
        test($(TextArea.class).withId("response-we-did").single()).setValue("We are looking for a building");
        test($(TextArea.class).withId("response-what-next").single()).setValue("We tell you when we find one");
        test(button("response-save")).click();
        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from notice where recipient_id = ? and message_key = ?",
                Integer.class, views.accountId(young), "yousaid.notice.response")).isEqualTo(1);
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void decisionsComeAPageAtATimeAndTheNextPageShowsTheRest() {
        String place = "Guildhall " + TestSharing.word();
        int count = DecisionService.PAGE_SIZE + 3;
        List<Long> recorded = runAs.user(DemoUsers.BOARD, () -> {
            long meeting = meetings.create(new MeetingForm(today(), place)).id();
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(decisions.record(new DecisionForm(meeting, "Decision " + i + " " + TestSharing.word(),
                        "Asked for", List.of(theme.id()), List.of(view))).id());
            }
            return ids;
        });
        navigate(BoardDecisionsView.class);
        // all meetings: the newest page only, newest first
        assertThat(cardIds()).hasSize(DecisionService.PAGE_SIZE).first().isEqualTo(recorded.getLast());
        assertThat(button("decision-more").isVisible()).isTrue();

        @SuppressWarnings("unchecked")
        Select<java.util.Optional<org.ourvoice.board.service.MeetingSummary>> filter =
                $(Select.class).withId("decision-meeting-filter").single();
        filter.setValue(filter.getListDataView().getItems()
                .filter(m -> m.map(x -> x.place().equals(place)).orElse(false)).findFirst().orElseThrow());
        assertThat(cardIds()).containsExactlyElementsOf(recorded.subList(0, DecisionService.PAGE_SIZE));
        assertThat($(Paragraph.class).withId("decision-shown").single().getText())
                .isEqualTo("Decisions shown: " + DecisionService.PAGE_SIZE + ".");
        test(button("decision-more")).click();
        assertThat(cardIds()).containsExactlyElementsOf(recorded);
        assertThat($(Paragraph.class).withId("decision-shown").single().getText())
                .isEqualTo("Decisions shown: " + count + ".");
        assertThat($(Button.class).withId("decision-more").all()).as("no more to show").isEmpty();

        // a change on the second page keeps both pages in view
        Div last = $(Div.class).withId("decision-" + recorded.getLast()).single();
        test($(Button.class, last).withClassName("decision-add-action").single()).click();
        test($(TextField.class).withId("action-title").single()).setValue("Book the hall");
        test($(DatePicker.class).withId("action-due").single()).setValue(today().plusDays(20));
        @SuppressWarnings("unchecked")
        Select<org.ourvoice.board.service.OwnerChoice> owner = $(Select.class).withId("action-owner").single();
        test(owner).selectItem(DemoUsers.WORKER);
        test(button("action-save")).click();
        assertThat(cardIds()).containsExactlyElementsOf(recorded);
        assertThat($(Div.class).withId("decision-" + recorded.getLast()).single().getElement().getTextRecursively())
                .contains("Book the hall");
    }

    private List<Long> cardIds() {
        return $(Div.class).withClassName("decision-card").all().stream()
                .map(d -> Long.parseLong(d.getId().orElseThrow().substring("decision-".length()))).toList();
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void overdueActionsStandOutAndTheTrackerFiltersAndDownloads() {
        DecisionItem decision = decided();
        long late = runAs.user(DemoUsers.BOARD, () -> actions.add(decision.id(),
                new ActionForm("Late action " + TestSharing.word(), views.accountId(DemoUsers.BOARD), today()))).id();
        jdbc.update("update board_action set due_on = ? where id = ?", today().minusDays(3), late);

        navigate(BoardDecisionsView.class);
        Div card = $(Div.class).withId("decision-" + decision.id()).single();
        assertThat($(com.vaadin.flow.component.html.Span.class, card).withClassName("status-overdue").single().getText())
                .isEqualTo("Overdue");

        navigate(ActionTrackerView.class);
        @SuppressWarnings("unchecked")
        Select<java.util.Optional<ThemeChoice>> themeFilter = $(Select.class).withId("tracker-theme").single();
        test(themeFilter).selectItem(theme.name());
        test($(Checkbox.class).withId("tracker-overdue").single()).click();
        assertThat($(Paragraph.class).withId("tracker-count").single().getText()).isEqualTo("Actions: 1");
        @SuppressWarnings("unchecked")
        Grid<org.ourvoice.board.service.ActionItem> grid = $(Grid.class).withId("tracker-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).overdue()).isTrue();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test($(Anchor.class).withId("tracker-csv").single()).download(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFF\"Action\",\"Owner\",\"Due\"")
                .contains("Late action").contains("\"Yes\"");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void whenSomeoneElseChangedTheActionMeanwhileTheFormSaysSoAndKeepsWhatWasTyped() {
        DecisionItem decision = decided();
        var action = runAs.user(DemoUsers.BOARD, () -> actions.add(decision.id(),
                new ActionForm("Ask the bus company", views.accountId(DemoUsers.BOARD), today().plusDays(5))));
        navigate(BoardDecisionsView.class);
        Div card = $(Div.class).withId("decision-" + decision.id()).single();
        test($(Button.class, card).withText("Change action").single()).click();
        runAs.user(DemoUsers.BOARD, () -> actions.change(action.id(), action.version(),
                new ActionForm("Ask the bus company today", views.accountId(DemoUsers.BOARD), today().plusDays(5))));
        test($(TextField.class).withId("action-title").single()).setValue("Ask the bus company and the school");
        test(button("action-save")).click();
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat($(TextField.class).withId("action-title").single().getValue())
                .isEqualTo("Ask the bus company and the school");
        assertThat(runAs.user(DemoUsers.BOARD, () -> actions.action(action.id())).title())
                .isEqualTo("Ask the bus company today");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerAddsAMeetingAndAnAgendaItem() {
        navigate(BoardMeetingsView.class);
        test(button("meeting-new")).click();
        test($(DatePicker.class).withId("meeting-date").single()).setValue(today().plusDays(7));
        String place = "Council chamber " + TestSharing.word();
        test($(TextField.class).withId("meeting-place").single()).setValue(place);
        test(button("meeting-save")).click();
        assertThat($(com.vaadin.flow.component.html.H3.class).withId("meeting-heading").single().getText())
                .contains(place);
        test($(TextField.class).withId("agenda-title").single()).setValue("Youth clubs");
        test(button("agenda-add")).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ThemeChoice> themes = $(MultiSelectComboBox.class).withId("agenda-themes").single();
        assertThat(themes.getErrorMessage()).isEqualTo("Please choose at least one theme or one view it is about.");
        assertThat($(TextField.class).withId("agenda-title").single().getValue()).isEqualTo("Youth clubs");
        themes.select(themes.getListDataView().getItems().filter(t -> t.id() == theme.id()).findFirst().orElseThrow());
        test(button("agenda-add")).click();
        assertThat($(Div.class).withId("meeting-detail").single().getElement().getTextRecursively())
                .contains("Youth clubs").contains(theme.name());
    }

    @Test
    void aYoungPersonSeesTheResponseInMySayAndOnYouSaidWeDidAndAnswersIt() {
        DecisionItem decision = decided();
        runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision.id(), null, new ResponseForm(
                "You want a youth club", "We found a building", "It opens in spring", today().plusDays(60))));
        signInAs.user(young);

        navigate(MySayView.class);
        List<Element> followUps = $(Div.class).withClassName("view-card").all().stream()
                .map(card -> Jsoup.parseBodyFragment(card.getElement().getProperty("innerHTML", "")))
                .flatMap(card -> card.select("div.view-follow-up").stream()).toList();
        assertThat(followUps).hasSize(1);
        assertThat(followUps.getFirst().text()).contains("We found a building").contains("It opens in spring");
        assertThat(followUps.getFirst().select("a").attr("href")).isEqualTo("you-said-we-did?mine=true");

        navigate(YouSaidWeDidView.class);
        test($(Checkbox.class).withId("ysd-only-mine").single()).click();
        Div story = $(Div.class).withClassName("story-card").single();
        assertThat(story.getElement().getTextRecursively()).contains("You want a youth club")
                .contains("This answers something you said").contains("Happening now");
        test($(Button.class, story).withClassName("answer-send").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Verdict> verdict = $(RadioButtonGroup.class, story).withClassName("answer-verdict").single();
        assertThat(verdict.getErrorMessage()).isEqualTo("Please choose yes, partly or no.");
        test($(TextArea.class, story).withClassName("answer-comment").single()).setValue("Spring is too long to wait");
        verdict.setValue(Verdict.PARTLY);
        test($(Button.class, story).withClassName("answer-send").single()).click();
        assertThat(story.getElement().getTextRecursively()).contains("Thank you").contains("Your answer: Partly");
        assertThat(jdbc.queryForObject("select count(*) from contribution where about = 'RESPONSE' and author_id = ?",
                Integer.class, views.accountId(young))).isEqualTo(1);
    }

    @Test
    void aThemeShowsItsNewestStoriesFirstAndTheRestWhenAsked() {
        for (int i = 1; i <= YouSaidWeDidView.FIRST_STORIES + 2; i++) {
            DecisionItem decision = decided();
            String said = "Story " + i + " " + TestSharing.word();
            runAs.user(DemoUsers.BOARD, () -> decisions.respond(decision.id(), null, new ResponseForm(said,
                    "We did it", "Next", null)));
        }
        signInAs.user(young);

        navigate(YouSaidWeDidView.class);
        test($(Checkbox.class).withId("ysd-only-mine").single()).click();
        Div section = $(Div.class).withClassName("ysd-theme").single();
        assertThat(section.getElement().getTextRecursively()).contains("Views shared about this: 1");
        assertThat($(Div.class, section).withClassName("story-card").all()).hasSize(YouSaidWeDidView.FIRST_STORIES)
                .first().satisfies(newest -> assertThat(newest.getElement().getTextRecursively())
                        .contains("Story " + (YouSaidWeDidView.FIRST_STORIES + 2) + " "));
        Button more = $(Button.class, section).withClassName("ysd-more").single();
        assertThat(more.getText()).isEqualTo("Show all 5 things the board did about this");

        test(more).click();

        assertThat($(Div.class, section).withClassName("story-card").all()).hasSize(YouSaidWeDidView.FIRST_STORIES + 2)
                .last().satisfies(oldest -> assertThat(oldest.getElement().getTextRecursively()).contains("Story 1 "));
        assertThat($(Button.class, section).withClassName("ysd-more").all()).isEmpty();
    }
}
