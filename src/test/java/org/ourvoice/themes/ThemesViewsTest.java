package org.ourvoice.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.SignInAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeForm;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.themes.ui.ThemesView;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.ourvoice.voice.ui.SubmitContributionView;
import org.ourvoice.voice.ui.ThemeLabels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The theme list as a participation worker keeps it (add, change, retire, bring back, merge) and
 * what young people then see on Have your say, without a browser. Every test makes its own themes:
 * the database is shared.
 */
@PortalTest
class ThemesViewsTest extends SpringBrowserlessTest {

    // columns of the themes grid
    private static final int LABEL = 1;
    private static final int DESCRIPTION = 2;
    private static final int STATUS = 3;
    private static final int ACTIONS = 4;

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    SignInAs signInAs;
    @Autowired
    RunAs runAs;
    @Autowired
    ThemeService themeService;
    @Autowired
    ContributionService contributions;
    @Autowired
    ModerationService moderation;
    @Autowired
    SharedViewService sharedViews;

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerAddsAThemeThatYoungPeopleCanThenChoose() {
        String name = "Pocket money " + unique();
        navigate(ThemesView.class);

        test(button("theme-add")).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Add a theme");
        test(field("theme-name")).setValue(name);
        test(field("theme-label")).setValue("Money to spend");
        test(icon()).selectItem("piggy bank coin");
        test($(TextArea.class).withId("theme-description").single()).setValue("Allowances and savings.");
        test(button("theme-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        int row = rowOf(name);
        assertThat(grid().getCellText(row, LABEL)).isEqualTo("Money to spend");
        assertThat(grid().getCellText(row, DESCRIPTION)).isEqualTo("Allowances and savings.");
        assertThat(grid().getCellText(row, STATUS)).isEqualTo("In use");
        assertThat(grid().getRow(row).icon()).isEqualTo("vaadin:piggy-bank-coin");

        assertThat(youngPeoplesChoices()).as("young people can choose it at once").contains("Money to spend");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aRefusedSaveKeepsWhatWasTypedAndSaysWhatToFixOnTheField() {
        String name = "Clubs " + unique();
        navigate(ThemesView.class);
        test(button("theme-add")).click();
        test(field("theme-name")).setValue(name);
        test(field("theme-label")).setValue("   ");
        test(icon()).selectItem("football");
        test($(TextArea.class).withId("theme-description").single()).setValue("After-school clubs.");
        test(button("theme-save")).click();

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).as("the dialog stays open").isTrue();
        assertThat(field("theme-label").isInvalid()).isTrue();
        assertThat(field("theme-label").getErrorMessage())
                .isEqualTo("Please give the theme a label young people will understand.");
        assertThat(field("theme-name").isInvalid()).isFalse();
        assertThat(field("theme-name").getValue()).isEqualTo(name);
        assertThat(icon().getValue()).isEqualTo("vaadin:football");
        assertThat($(TextArea.class).withId("theme-description").single().getValue()).isEqualTo("After-school clubs.");
        assertThat(themeService.all()).extracting(ThemeChoice::name).as("nothing stored").doesNotContain(name);

        test(field("theme-name")).setValue("Money");
        test(field("theme-label")).setValue("Clubs after school");
        test(button("theme-save")).click();
        assertThat(field("theme-label").isInvalid()).as("a fixed field is no longer marked").isFalse();
        assertThat(field("theme-name").getErrorMessage()).isEqualTo("There is already a theme with that name.");

        test(field("theme-name")).setValue("x".repeat(100_000));
        test(button("theme-save")).click();
        assertThat(field("theme-name").getErrorMessage()).isEqualTo("This can be up to 80 characters long.");

        test(field("theme-name")).setValue("<script>alert(1)</script> " + name);
        test(button("theme-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(grid().getCellText(rowOf("<script>alert(1)</script> " + name), LABEL))
                .isEqualTo("Clubs after school");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerChangesATheme() {
        ThemeChoice theme = newTheme("Holidays");
        navigate(ThemesView.class);

        test(actionButton(theme.name(), "Change")).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Change");
        assertThat(field("theme-name").getValue()).isEqualTo(theme.name());
        assertThat(field("theme-label").getValue()).isEqualTo(theme.label());
        assertThat(icon().getValue()).isEqualTo(theme.icon());
        String renamed = "Trips and holidays " + unique();
        test(field("theme-name")).setValue(renamed);
        test(field("theme-label")).setValue("Trips away");
        test(icon()).selectItem("sun o");
        test(button("theme-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        int row = rowOf(renamed);
        assertThat(grid().getRow(row).id()).isEqualTo(theme.id());
        assertThat(grid().getCellText(row, LABEL)).isEqualTo("Trips away");
        assertThat(grid().getRow(row).icon()).isEqualTo("vaadin:sun-o");
        assertThat(youngPeoplesChoices()).contains("Trips away").doesNotContain(theme.label());
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aChangeSomeoneElseMadeMeanwhileIsSaidAndTheSecondTryIsSaved() {
        ThemeChoice theme = newTheme("Bedrooms");
        navigate(ThemesView.class);
        test(actionButton(theme.name(), "Change")).click();
        test(field("theme-label")).setValue("My own room");
        runAs.user(DemoUsers.WORKER, () -> themeService.update(theme.id(), theme.version(),
                new ThemeForm(theme.name(), "Bedroom rules", theme.icon(), theme.description())));

        test(button("theme-save")).click();

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(field("theme-name").getErrorMessage()).isEqualTo(
                "Someone else changed this a moment ago. We have loaded the latest version; please check and try again.");
        assertThat(field("theme-label").getValue()).as("what was typed is kept").isEqualTo("My own room");
        assertThat(grid().getCellText(rowOf(theme.name()), LABEL)).as("the list behind shows the latest")
                .isEqualTo("Bedroom rules");

        test(button("theme-save")).click();
        assertThat(dialog.isOpened()).as("trying again saves").isFalse();
        assertThat(grid().getCellText(rowOf(theme.name()), LABEL)).isEqualTo("My own room");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerRetiresAThemeAndBringsItBack() {
        ThemeChoice theme = newTheme("Pets");
        navigate(ThemesView.class);

        test(actionButton(theme.name(), "Retire")).click();
        assertThat(grid().getCellText(rowOf(theme.name()), STATUS)).isEqualTo("Retired");
        assertThat(buttons(theme.name())).containsExactly("Change", "Use again");
        assertThat(youngPeoplesChoices()).as("young people no longer see it").doesNotContain(theme.label());

        test(actionButton(theme.name(), "Use again")).click();
        assertThat(grid().getCellText(rowOf(theme.name()), STATUS)).isEqualTo("In use");
        assertThat(youngPeoplesChoices()).contains(theme.label());
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void retiringAThemeSomeoneElseChangedSaysSoAndShowsTheLatest() {
        ThemeChoice theme = newTheme("Laundry");
        navigate(ThemesView.class);
        runAs.user(DemoUsers.WORKER, () -> themeService.update(theme.id(), theme.version(),
                new ThemeForm(theme.name(), "Washing clothes", theme.icon(), theme.description())));

        Throwable refused = catchThrowable(() -> test(actionButton(theme.name(), "Retire")).click());

        assertThat(refused).isInstanceOf(UserFacingException.class);
        assertThat(((UserFacingException) refused).messageKey()).isEqualTo("form.conflict");
        assertThat(grid().getCellText(rowOf(theme.name()), LABEL)).isEqualTo("Washing clothes");
        test(actionButton(theme.name(), "Retire")).click();
        assertThat(grid().getCellText(rowOf(theme.name()), STATUS)).isEqualTo("Retired");
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void aWorkerMergesAnotherThemeIntoOneAndItsViewsMoveOver() {
        ThemeChoice into = newTheme("Friends");
        ThemeChoice from = newTheme("Friendship");
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String words = "I want to see my friends more " + unique();
        long view = runAs.user(young, () -> contributions.submit(new ContributionForm(UUID.randomUUID().toString(),
                words, List.of(from.id()), Mood.OK, false, false)));
        var item = moderation.open(view).item();
        moderation.approve(view, item.version(), null, item.themeIds());
        navigate(ThemesView.class);

        test(actionButton(from.name(), "Merge into another theme")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Merge " + from.name() + " into another theme");
        @SuppressWarnings("unchecked")
        Select<ThemeChoice> target = $(Select.class).withId("merge-into").single();
        assertThat(target.getLabel()).isEqualTo("Merge into");
        assertThat(test(target).getSuggestions()).as("a theme cannot be merged into itself")
                .contains(into.name()).doesNotContain(from.name());
        test(target).selectItem(into.name());
        test(confirm).confirm();

        int row = rowOf(from.name());
        assertThat(grid().getCellText(row, STATUS)).isEqualTo("Merged into " + into.name());
        assertThat(buttons(from.name())).as("a merged theme has nothing left to do").isEmpty();
        assertThat(grid().getCellText(rowOf(into.name()), STATUS)).isEqualTo("In use");
        assertThat(sharedViews.shared(new SharedFilter(into.id(), false, null, null, null), 0, 10))
                .extracting(SharedView::text).containsExactly(words);
        assertThat(youngPeoplesChoices()).contains(into.label()).doesNotContain(from.label());
    }

    @Test
    @WithUserDetails(DemoUsers.WORKER)
    void mergingWithoutChoosingATargetMergesNothing() {
        ThemeChoice theme = newTheme("Hobbies");
        navigate(ThemesView.class);

        test(actionButton(theme.name(), "Merge into another theme")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(grid().getCellText(rowOf(theme.name()), STATUS)).isEqualTo("In use");
        assertThat(themeService.all()).filteredOn(t -> t.id() == theme.id()).singleElement()
                .satisfies(t -> assertThat(t.mergedInto()).isNull());
    }

    @Test
    @WithUserDetails(DemoUsers.BOARD)
    void aBoardMemberCannotKeepTheThemes() {
        navigate("theme-list", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.ADMIN)
    void anAdministratorCannotKeepTheThemes() {
        navigate("theme-list", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.YOUNG_PERSON)
    void aYoungPersonCannotKeepTheThemes() {
        navigate("theme-list", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    @Test
    @WithUserDetails(DemoUsers.CARE_LEAVER)
    void aCareLeaverCannotKeepTheThemes() {
        navigate("theme-list", RouteNotFoundError.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    // --- helpers -------------------------------------------------------------------------------

    private ThemeChoice newTheme(String name) {
        return runAs.user(DemoUsers.WORKER, () -> themeService.create(new ThemeForm(name + " " + unique(),
                name + " " + unique(), "vaadin:star", "A theme made by a test")));
    }

    /** The labels a new young person finds on Have your say (the worker signs back in afterwards). */
    private List<String> youngPeoplesChoices() {
        signInAs.user(testAccounts.create(Role.YOUNG_PERSON));
        navigate(SubmitContributionView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<ThemeChoice> group = $(CheckboxGroup.class).withId("view-themes").single();
        List<String> labels = group.getListDataView().getItems().map(t -> ThemeLabels.label(group, t)).toList();
        signInAs.user(DemoUsers.WORKER);
        navigate(ThemesView.class);
        return labels;
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.GridTester<Grid<ThemeChoice>, ThemeChoice> grid() {
        return test($(Grid.class).withId("themes-grid").single());
    }

    private int rowOf(String name) {
        var grid = grid();
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No theme named " + name);
    }

    private List<String> buttons(String themeName) {
        Component actions = grid().getCellComponent(rowOf(themeName), ACTIONS);
        return actions.getChildren().map(b -> ((Button) b).getText()).toList();
    }

    private Button actionButton(String themeName, String text) {
        Component actions = grid().getCellComponent(rowOf(themeName), ACTIONS);
        return actions.getChildren().map(Button.class::cast).filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + text + " button for " + themeName));
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private TextField field(String id) {
        return $(TextField.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private Select<String> icon() {
        return $(Select.class).withId("theme-icon").single();
    }

    private static String unique() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }
}
