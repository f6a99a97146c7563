package org.ourvoice.moderation;

import com.vaadin.flow.component.checkbox.CheckboxGroup;

import org.ourvoice.voice.service.WrittenAbout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.ourvoice.moderation.domain.PhraseKind;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.moderation.service.PhraseItem;
import org.ourvoice.moderation.ui.ConcernsView;
import org.ourvoice.moderation.ui.ModerationQueueView;
import org.ourvoice.moderation.ui.ScreeningPhrasesView;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.ourvoice.voice.service.QueueFilter;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The participation workers' screens (the queue, the checking dialog, safeguarding concerns and
 * the screening phrases) used as a worker would, and kept from everyone else, without a browser.
 * Every test makes its own accounts and views: the database is shared, the queue is never empty.
 */
@PortalTest
class ModerationViewsTest extends SpringBrowserlessTest {

    private static final int FLAGS = 0;
    private static final int WORDS = 3;
    private static final int OPEN = 5;

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    ContributionService contributions;
    @Autowired
    ModerationService moderation;
    @Autowired
    ThemeService themeService;

    // --- the queue and the checking dialog -----------------------------------------------------

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerOpensAWaitingViewApprovesItAndTheQueueGetsShorter() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String words = "More trips in the holidays please " + unique();
        long id = send(young, words, false);

        navigate(ModerationQueueView.class);
        long before = moderation.countQueue(QueueFilter.all());
        assertThat(queueCount()).isEqualTo(before + " waiting");
        int row = rowWith(words);
        assertThat(queue().getCellText(row, 2)).isEqualTo("Young person, 8 to 10");

        test(openButton(row)).click();
        Dialog panel = openDialog();
        assertThat(panel.getHeaderTitle()).isEqualTo("Check a view");
        assertThat($(Paragraph.class, panel).withId("moderation-words").single().getText()).isEqualTo(words);
        assertThat($(Paragraph.class, panel).withTextContaining("They chose to stay anonymous.").exists()).isTrue();
        assertThat($(Paragraph.class, panel).withId("moderation-found").exists())
                .as("screening found nothing in ordinary words").isFalse();

        test($(Button.class).withId("moderation-approve").single()).click();

        assertThat(panel.isOpened()).isFalse();
        assertThat(queueCount()).isEqualTo(before - 1 == 0 ? "Nothing is waiting. Well done." : (before - 1) + " waiting");
        assertThat(rowIndex(words)).as("the approved view has left the queue").isEqualTo(-1);
        List<MyContribution> mine = runAs.user(young, () -> contributions.mine(0, 10));
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.status()).isEqualTo(ContributionStatus.APPROVED);
        });
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void writingAboutSomethingElseIsCheckedWithoutThemes() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String words = "Yes, the new bus passes helped " + unique();
        long id = runAs.user(young, () -> contributions.submitAbout(WrittenAbout.RESPONSE, 42L, words, false,
                UUID.randomUUID().toString()));

        navigate(ModerationQueueView.class);
        int row = rowWith(words);
        assertThat(queue().getCellText(row, WORDS + 1)).isEqualTo("An answer to a \"You said, we did\" response");
        test(openButton(row)).click();
        Dialog panel = openDialog();
        assertThat($(Paragraph.class, panel).withId("moderation-about").single().getText())
                .isEqualTo("An answer to a \"You said, we did\" response");
        assertThat($(CheckboxGroup.class, panel).withId("moderation-themes").exists()).as("no themes to choose")
                .isFalse();

        test($(Button.class).withId("moderation-approve").single()).click();

        assertThat(rowIndex(words)).isEqualTo(-1);
        assertThat(moderation.open(id).item().status()).isEqualTo(ContributionStatus.APPROVED);
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerKeepsAViewBackWithAReasonTheYoungPersonReads() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String words = "Not sure what to say really " + unique();
        send(young, words, false);

        navigate(ModerationQueueView.class);
        test(openButton(rowWith(words))).click();
        test($(Button.class).withId("moderation-not-share").single()).click();
        @SuppressWarnings("unchecked")
        Select<org.ourvoice.voice.domain.NotSharedReason> reason =
                $(Select.class).withId("moderation-reason").single();
        reason.setValue(org.ourvoice.voice.domain.NotSharedReason.NOT_CLEAR);
        test($(Button.class).withId("moderation-confirm-not-share").single()).click();

        assertThat(rowIndex(words)).isEqualTo(-1);
        MyContribution mine = runAs.user(young, () -> contributions.mine(0, 10)).getFirst();
        assertThat(mine.status()).isEqualTo(ContributionStatus.NOT_SHARED);
        assertThat(mine.reasonKind()).isEqualTo(org.ourvoice.voice.domain.NotSharedReason.NOT_CLEAR);
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void anUrgentViewComesFirstAndAConcernRaisedFromItIsListedUnderSafeguarding() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String words = "Someone hits me at home when nobody is looking " + unique();
        long id = send(young, words, false);

        navigate(ModerationQueueView.class);
        assertThat(queue().getCellText(0, WORDS)).as("urgent views come first").isNotEmpty();
        assertThat(flags(0)).contains("Urgent");
        int row = rowWith(words);
        assertThat(flags(row)).contains("Urgent");

        test(openButton(row)).click();
        Dialog panel = openDialog();
        assertThat($(Paragraph.class, panel).withId("moderation-found").single().getText())
                .isEqualTo("Screening found: hits me");

        test($(Button.class).withId("moderation-raise-concern").single()).click();
        TextArea seen = $(TextArea.class).withId("concern-seen").single();
        assertThat(seen.getValue()).as("the view's words are offered as what was seen").isEqualTo(words);
        test($(TextArea.class).withId("concern-action").single()).setValue("Rang the duty team at once.");
        test($(Button.class).withId("concern-save").single()).click();

        TextArea whoTold = $(TextArea.class).withId("concern-who-told").single();
        assertThat(whoTold.isInvalid()).as("a missing field is explained on that field").isTrue();
        assertThat(whoTold.getErrorMessage())
                .isEqualTo("Please write who was told (for example the social worker or the duty team).");
        assertThat($(TextArea.class).withId("concern-action").single().getValue())
                .as("what was typed stays").isEqualTo("Rang the duty team at once.");

        test(whoTold).setValue("Duty social worker, Sam");
        test($(Button.class).withId("concern-save").single()).click();

        assertThat($(TextArea.class).withId("concern-seen").exists()).as("the concern form has closed").isFalse();
        assertThat($(Paragraph.class, openDialog()).withText("Concerns raised from this view: 1").exists()).isTrue();
        assertThat(rowIndex(words)).as("raising a concern does not decide the view").isNotNegative();
        assertThat(runAs.user(DemoUsers.WORKER, () -> moderation.open(id)).item().status())
                .isEqualTo(ContributionStatus.WAITING);

        navigate(ConcernsView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> concerns = $(Grid.class).withId("concerns-grid").single();
        int found = -1;
        for (int r = 0; r < test(concerns).size(); r++) {
            if (test(concerns).getCellText(r, 1).equals(young)) {
                found = r;
            }
        }
        assertThat(found).as("the concern is listed under the young person's name").isNotNegative();
        assertThat(test(concerns).getCellText(found, 2)).isEqualTo(DemoUsers.WORKER);
        assertThat(test(concerns).getCellText(found, 3)).isEqualTo("Open");

        test($(Button.class, test(concerns).getCellComponent(found, 4)).single()).click();
        Dialog concern = openDialog();
        assertThat(concern.getHeaderTitle()).isEqualTo("Safeguarding concern");
        assertThat($(Paragraph.class, concern).first().getText())
                .as("the note says whom the concern is about and who raised it")
                .startsWith("About " + young + ". Raised by " + DemoUsers.WORKER + " on ");
        assertThat($(TextArea.class).withId("concern-who-told").single().getValue()).isEqualTo("Duty social worker, Sam");
        test($(Button.class).withId("concern-close").single()).click();
        assertThat($(TextArea.class).withId("concern-outcome").single().getErrorMessage())
                .isEqualTo("Please write the outcome before closing the concern.");
        test($(TextArea.class).withId("concern-outcome").single()).setValue("Moved to a safe placement.");
        test($(Button.class).withId("concern-close").single()).click();
        assertThat(concern.isOpened()).isFalse();
    }

    // --- screening phrases ---------------------------------------------------------------------

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerAddsAPhraseTriesASentenceAndRetiresIt() {
        String phrase = "blorp " + letters(10);
        navigate(ScreeningPhrasesView.class);
        @SuppressWarnings("unchecked")
        Select<PhraseKind> kind = $(Select.class).withId("phrases-kind").single();
        assertThat(kind.getValue()).isEqualTo(PhraseKind.URGENT);

        test($(TextField.class).withId("phrases-new").single()).setValue("  " + phrase.toUpperCase() + " ");
        test($(Button.class).withId("phrases-add").single()).click();
        assertThat($(TextField.class).withId("phrases-new").single().getValue()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<PhraseItem> grid = $(Grid.class).withId("phrases-grid").single();
        int row = phraseRow(grid, phrase);
        assertThat(row).as("the phrase is listed, tidied").isNotNegative();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("In use");

        tryASentence("My foster carer said " + phrase + " to me");
        assertThat(verdict()).isEqualTo("Would be flagged: " + phrase);
        tryASentence("I like pizza on a rainy day");
        assertThat(verdict()).isEqualTo("Nothing would be flagged.");

        test($(TextField.class).withId("phrases-new").single()).setValue(phrase);
        test($(Button.class).withId("phrases-add").single()).click();
        assertThat($(TextField.class).withId("phrases-new").single().getErrorMessage())
                .isEqualTo("That phrase is already in the list.");

        test($(Button.class, test(grid).getCellComponent(phraseRow(grid, phrase), 2)).single()).click();
        assertThat(test(grid).getCellText(phraseRow(grid, phrase), 1)).isEqualTo("Retired");
        tryASentence("My foster carer said " + phrase + " to me");
        assertThat(verdict()).isEqualTo("Nothing would be flagged.");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void anEmptyPhraseIsExplainedOnTheField() {
        navigate(ScreeningPhrasesView.class);
        test($(TextField.class).withId("phrases-new").single()).setValue("  * ");
        test($(Button.class).withId("phrases-add").single()).click();
        TextField phrase = $(TextField.class).withId("phrases-new").single();
        assertThat(phrase.isInvalid()).isTrue();
        assertThat(phrase.getErrorMessage()).isEqualTo("Please type a word or phrase.");
    }

    // --- who may not come in -------------------------------------------------------------------

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aYoungPersonCannotOpenTheWorkersScreens() {
        refusedEverywhere();
    }

    @Test
    @WithUserDetails(DemoUsers.CARE_LEAVER)
    void aCareLeaverCannotOpenTheWorkersScreens() {
        refusedEverywhere();
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberCannotOpenTheQueueSafeguardingOrPhrases() {
        navigate("moderation", RouteNotFoundError.class);
        navigate("safeguarding", RouteNotFoundError.class);
        navigate("screening-phrases", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.ADMIN)
    void anAdministratorCannotOpenTheQueueSafeguardingOrPhrases() {
        navigate("moderation", RouteNotFoundError.class);
        navigate("safeguarding", RouteNotFoundError.class);
        navigate("screening-phrases", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    private void refusedEverywhere() {
        navigate("moderation", RouteNotFoundError.class);
        navigate("safeguarding", RouteNotFoundError.class);
        navigate("screening-phrases", RouteNotFoundError.class);
        navigate("shared-views", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    // --- helpers -------------------------------------------------------------------------------

    private long send(String young, String words, boolean wantsToTalk) {
        long school = runAs.user(young, () -> themeService.choices()).stream()
                .filter(t -> t.code().equals("school")).findFirst().orElseThrow().id();
        return runAs.user(young, () -> contributions.submit(new ContributionForm(UUID.randomUUID().toString(), words,
                List.of(school), Mood.OK, false, wantsToTalk)));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<QueueItem>, QueueItem> queue() {
        return test($(Grid.class).withId("queue-grid").single());
    }

    private String queueCount() {
        return $(Paragraph.class).withId("queue-count").single().getText();
    }

    private int rowIndex(String words) {
        var grid = queue();
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, WORDS).equals(words)) {
                return row;
            }
        }
        return -1;
    }

    private int rowWith(String words) {
        int row = rowIndex(words);
        assertThat(row).as("the view is in the queue").isNotNegative();
        return row;
    }

    private List<String> flags(int row) {
        Component badges = queue().getCellComponent(row, FLAGS);
        return $(Span.class, badges).withClassName("flag-badge").all().stream().map(Span::getText).toList();
    }

    private Button openButton(int row) {
        Component cell = queue().getCellComponent(row, OPEN);
        assertThat(cell).isInstanceOf(Button.class);
        return (Button) cell;
    }

    /** The dialog on top: the last one opened. */
    private Dialog openDialog() {
        List<Dialog> open = $(Dialog.class).all().stream().filter(Dialog::isOpened).toList();
        assertThat(open).as("an open dialog").isNotEmpty();
        return open.getLast();
    }

    private int phraseRow(Grid<PhraseItem> grid, String phrase) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals(phrase)) {
                return row;
            }
        }
        return -1;
    }

    private void tryASentence(String sentence) {
        test($(TextField.class).withId("phrases-try").single()).setValue(sentence);
        test($(Button.class).withId("phrases-check").single()).click();
    }

    private String verdict() {
        return $(Paragraph.class).withId("phrases-verdict").single().getText();
    }

    /** A made-up word that screening cannot mistake for a postcode, a phone number or a phrase. */
    private static String unique() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            out.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }

    private static String letters(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }
}
