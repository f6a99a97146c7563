package org.ourvoice.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ourvoice.security.Role;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A view holding a very long unbroken word (a pasted link, a row of letters) wraps in the queue and
 * in the checking dialog: nothing is pushed off the screen or out of reach.
 */
class LongWordsIT extends BrowserTest {

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;

    @Test
    void aLongUnbrokenWordWrapsInTheQueueAndTheCheckingDialog() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String marker = "Longword" + System.nanoTime();
        String words = marker + " " + "https://example.org/" + "a".repeat(240);
        views.submit(young, words, "money");

        signIn(page, DemoUsers.WORKER, DemoUsers.PASSWORD);
        page.navigate(url("moderation"));
        Locator cell = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(marker));
        assertThat(cell).hasCount(1);
        Assertions.assertThat(wholePageFits()).as("the queue fits the screen").isTrue();

        cell.dblclick();
        assertThat(page.locator("#moderation-words")).containsText(marker);
        Assertions.assertThat(seriousAccessibilityProblems(page)).as("the checking dialog").isEmpty();
        Assertions.assertThat((Boolean) page.evaluate("""
                () => {
                  const approve = document.querySelector('#moderation-approve').getBoundingClientRect();
                  return approve.right <= window.innerWidth + 1 && approve.left >= 0;
                }""")).as("the approve button is on screen").isTrue();
        page.locator("#moderation-approve").click();
        assertThat(page.getByText("Shared with the board. The young person has been told.")).isVisible();
        assertThat(page.locator("#moderation-words")).isHidden();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(marker)))
                .isHidden();
    }

    private boolean wholePageFits() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
    }
}
