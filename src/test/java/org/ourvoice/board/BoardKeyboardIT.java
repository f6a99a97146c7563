package org.ourvoice.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ourvoice.support.KeyboardFocus.focus;
import static org.ourvoice.support.KeyboardFocus.tabUntil;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ourvoice.board.service.MeetingForm;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A board member records a decision with the keyboard only (WCAG 2.2: 2.1.1 Keyboard, 2.4.7 Focus
 * visible): after the page has loaded nothing is clicked; Tab and the arrow keys move, Space and
 * Enter act, and each step checks where the focus is and that it is shown.
 */
class BoardKeyboardIT extends BrowserTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    RunAs runAs;

    @Test
    void aBoardMemberRecordsADecisionWithTheKeyboardOnly() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String place = "Keyboard hall " + marker;
        runAs.user(DemoUsers.BOARD, () -> meetings.create(new MeetingForm(
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(900), place)));
        String decision = "More youth workers at weekends " + marker;

        page.navigate(url("login"));
        assertThat(page.locator("input[name='username']")).isVisible();
        tabUntil(page, "[name='username']", null);
        page.keyboard().type(DemoUsers.BOARD);
        page.keyboard().press("Tab");
        page.keyboard().type(DemoUsers.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("#home-greeting")).isVisible();

        tabUntil(page, "a.home-link", "Decisions");
        page.keyboard().press("Enter");
        assertThat(page.locator("#decision-new")).isVisible();
        tabUntil(page, "#decision-new", null);
        page.keyboard().press("Enter");
        assertThat(page.locator("#decision-title")).isVisible();

        // the newest meeting is chosen already; the arrow keys would change it
        tabUntil(page, "#decision-meeting", null);
        assertThat(page.locator("#decision-meeting")).containsText(place);
        tabUntil(page, "#decision-title input", null);
        page.keyboard().type(decision);
        tabUntil(page, "#decision-reason textarea", null);
        page.keyboard().type("Young people said there is nothing to do at weekends.");

        // a theme: type to narrow the list, the arrow key to the first match, Enter to choose it
        tabUntil(page, "#decision-themes input", null);
        page.keyboard().type("Activities");
        // the matching themes come from the portal: wait for them before moving onto the first
        assertThat(page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Activities")).first()).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.querySelector('#decision-themes').selectedItems.length === 1");
        page.keyboard().press("Escape");
        assertThat(page.locator("#decision-themes")).containsText("Activities");
        assertThat(page.locator("#decision-title")).isVisible();

        settled(page);
        tabUntil(page, "#decision-save", null);
        settled(page);
        page.keyboard().press("Enter");
        Locator card = page.locator(".decision-card").filter(new Locator.FilterOptions().setHasText(decision));
        assertThat(card).isVisible();
        assertThat(card).containsText("Activities");

        // the new decision's first button is reached from the keyboard too
        tabUntil(page, ".decision-card vaadin-button", "Add an action");
        Assertions.assertThat(focus(page).get("where").toString()).contains("vaadin-button");
    }

    /** Waits until the portal has answered every change the keys made, so Save acts on all of them. */
    private static void settled(Page on) {
        on.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)
                    .every(c => typeof c.isActive !== 'function' || !c.isActive())""");
    }

}
