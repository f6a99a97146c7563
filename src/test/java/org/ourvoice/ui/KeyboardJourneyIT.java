package org.ourvoice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ourvoice.support.KeyboardFocus.assertFocusIn;
import static org.ourvoice.support.KeyboardFocus.focus;
import static org.ourvoice.support.KeyboardFocus.tabUntil;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ourvoice.security.Role;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keyboard-only journeys and small screens, in Chromium (WCAG 2.2: 2.1.1 Keyboard, 2.4.7 Focus
 * visible, 1.4.4 Resize text, 1.4.10 Reflow, 2.5.8 Target size). After a page has loaded nothing is
 * clicked: people move with Tab and the arrow keys and act with Space and Enter, and each step
 * checks where the focus is and that it is shown.
 */
class KeyboardJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TestViews testViews;

    @Test
    void aYoungPersonSendsAViewWithTheKeyboardOnly() {
        String words = "The bus to school is always late " + UUID.randomUUID();
        signInWithKeyboard(page, testAccounts.create(Role.YOUNG_PERSON));

        // from the home page's big links to "Have your say"
        tabUntil(page, "a.home-link", "Have your say");
        page.keyboard().press("Enter");
        assertThat(page.locator("#view-text")).isVisible();

        tabUntil(page, "#view-text textarea", null);
        page.keyboard().type(words);

        tabUntil(page, "#view-themes vaadin-checkbox", "Feeling safe");
        page.keyboard().press("Space");
        assertThat(page.locator("#view-themes vaadin-checkbox[checked]")).hasCount(1);
        assertThat(page.locator("#view-themes vaadin-checkbox[checked]")).containsText("Feeling safe");

        // a radio group is one Tab stop; the arrow keys move between the faces and choose
        tabUntil(page, "#view-mood vaadin-radio-button input", null);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        assertThat(page.locator("#view-mood vaadin-radio-button[checked]")).hasCount(1);
        String chosen = page.locator("#view-mood vaadin-radio-button[checked]").textContent().trim();
        assertFocusIn(page, "#view-mood vaadin-radio-button[checked]");

        tabUntil(page, "#send-view", null);
        page.keyboard().press("Enter");
        assertThat(page.locator("#view-sent")).isVisible();
        assertThat(page.locator("#view-sent h3")).hasText("Thank you");
        Assertions.assertThat(focus(page).get("where")).as("the focus moves to the thank-you heading")
                .isEqualTo("h3");
        Assertions.assertThat(page.locator("#view-sent h3").evaluate("h => h.closest('#view-sent') !== null"))
                .isEqualTo(true);
        Assertions.assertThat(chosen).as("a face was chosen with the arrow keys").isNotBlank();

        // the thank-you panel's link to My say works from the keyboard too
        tabUntil(page, "#go-to-my-say", null);
        page.keyboard().press("Enter");
        assertThat(page.locator("#my-say-list .view-card").filter(new Locator.FilterOptions().setHasText(words)))
                .isVisible();
    }

    @Test
    void aWorkerApprovesAViewWithTheKeyboardOnly() {
        String words = "We want a say in who our social worker is " + UUID.randomUUID();
        String young = testAccounts.create(Role.YOUNG_PERSON);
        testViews.submit(young, words, "school");

        signInWithKeyboard(page, DemoUsers.WORKER);
        tabUntil(page, "a.home-link", "Check views");
        page.keyboard().press("Enter");
        Locator count = page.locator("#queue-count");
        assertThat(count).containsText("waiting");
        String before = count.textContent();

        // into the grid: its header and its body are one Tab stop each; in the body the arrow keys
        // move row by row to the view
        // (a selector cannot look into the grid's shadow root, hence the two checks)
        tabUntil(page, "td[part~='body-cell']", null);
        assertFocusIn(page, "#queue-grid");
        for (int i = 0; i < 200 && !focusedRow().contains(words); i++) {
            page.keyboard().press("ArrowDown");
        }
        Assertions.assertThat(focusedRow()).as("the arrow keys reach the view's row").contains(words);
        // End goes to the row's last cell, the Check button; Enter goes into the cell, Enter presses it
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        assertFocusIn(page, "vaadin-button.queue-open");
        page.keyboard().press("Enter");
        assertThat(page.locator("#moderation-words")).hasText(words);

        tabUntil(page, "#moderation-approve", null);
        page.keyboard().press("Enter");
        assertThat(page.getByText("Shared with the board. The young person has been told.")).isVisible();
        assertThat(page.locator("#moderation-words")).isHidden();
        assertThat(count).not().hasText(before);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(words)))
                .isHidden();
    }

    /**
     * The young person's screens on a narrow phone and enlarged. Chromium's page zoom at 200% lays
     * a page out exactly as a window of half the width and height in CSS pixels (the media queries,
     * {@code window.innerWidth} and every length see the same numbers), so a 1280 × 800 window at
     * 200% is emulated as a 640 × 400 viewport with a device scale factor of 2; Playwright has no
     * page-zoom call and CSS {@code zoom} on the body does not behave like the browser's zoom.
     * Enlarging the text alone to 200% (WCAG 1.4.4 allows either) is the root font size at 200%:
     * Lumo sizes its text and controls in rem.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "phone 320 px wide, 320, 640, 1, false",
        "page zoom 200% of 1280 x 800, 640, 400, 2, false",
        "text at 200% on a 1280 px screen, 1280, 800, 1, true"})
    void haveYourSayAndMySayFitWithoutScrollingSideways(String what, int width, int height, double scale,
            boolean bigText) {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        testViews.submit(young, "I would like to see my brother more often and have more say about my placement",
                "school", "money");
        BrowserContext small = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height).setDeviceScaleFactor(scale));
        try {
            Page on = small.newPage();
            on.setDefaultTimeout(60_000);
            signIn(on, young, TestAccounts.PASSWORD);

            on.navigate(url("have-your-say"));
            assertThat(on.locator("#view-text")).isVisible();
            enlargeText(on, bigText);
            assertNoSidewaysScrolling(on, what + ", Have your say");
            tabUntil(on, "#send-view", null);
            BoundingBox send = on.locator("#send-view").boundingBox();
            Assertions.assertThat(send.height).as(what + ": the Send button's height").isGreaterThanOrEqualTo(44);
            Assertions.assertThat(send.width).as(what + ": the Send button's width").isGreaterThanOrEqualTo(44);
            Assertions.assertThat(send.x + send.width).as(what + ": the Send button is on the screen")
                    .isLessThanOrEqualTo(width / 1.0 + 1);
            Assertions.assertThat(send.y + send.height).as(what + ": the focus scrolled the Send button into view")
                    .isLessThanOrEqualTo(height / 1.0 + 1);

            on.navigate(url("my-say"));
            assertThat(on.locator("#my-say-list .view-card").first()).isVisible();
            enlargeText(on, bigText);
            assertNoSidewaysScrolling(on, what + ", My say");
        } finally {
            small.close();
        }
    }

    private static void enlargeText(Page on, boolean bigText) {
        if (bigText) {
            on.evaluate("() => document.documentElement.style.fontSize = '200%'");
        }
    }

    private static void assertNoSidewaysScrolling(Page on, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> sizes = (Map<String, Object>) on.evaluate("""
                () => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
                         wide: [...document.querySelectorAll('body *')]
                             .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                                 && e.getBoundingClientRect().left >= 0)
                             .slice(0, 5).map(e => e.localName + (e.id ? '#' + e.id : '')
                                 + ' ' + [...e.classList].join('.')).join(', ') })""");
        Assertions.assertThat(((Number) sizes.get("scrollWidth")).doubleValue())
                .as(where + ": the page's width against the window's (too wide: " + sizes.get("wide") + ")")
                .isLessThanOrEqualTo(((Number) sizes.get("innerWidth")).doubleValue() + 1);
    }

    /** Signs in on the real login page by typing: the name, Tab, the password, Enter. */
    private void signInWithKeyboard(Page on, String name) {
        on.navigate(url("login"));
        assertThat(on.locator("input[name='username']")).isVisible();
        tabUntil(on, "[name='username']", null);
        on.keyboard().type(name);
        on.keyboard().press("Tab");
        assertFocusIn(on, "[name='password']");
        on.keyboard().type(name.equals(DemoUsers.WORKER) ? DemoUsers.PASSWORD : TestAccounts.PASSWORD);
        on.keyboard().press("Enter");
        assertThat(on.locator("#home-greeting")).isVisible();
    }

    /** The text of the queue grid's row holding the keyboard focus (its cells are slotted in). */
    private String focusedRow() {
        return (String) page.locator("#queue-grid").evaluate("""
                grid => {
                  const cell = grid.shadowRoot.activeElement;
                  const row = cell && cell.closest('tr');
                  if (!row) return '';
                  return [...row.querySelectorAll('slot')].map(s => {
                    const c = grid.querySelector(`vaadin-grid-cell-content[slot="${s.name}"]`);
                    return c ? c.textContent : '';
                  }).join(' | ');
                }""");
    }
}
