package org.ourvoice.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;

/**
 * Young people's screens offer "Read aloud", which speaks the screen with the browser's own voice.
 * Headless Chromium has no voices, so the page's speak function records what it was given.
 */
class ReadAloudIT extends BrowserTest {

    @Test
    void aYoungPersonStartsAndStopsReadingAloud() {
        page.addInitScript("""
                window.__spoken = [];
                window.speechSynthesis.speak = u => { window.__spoken.push(u.text); };""");
        signIn(page, DemoUsers.YOUNG_PERSON, DemoUsers.PASSWORD);
        page.locator("#read-aloud").click();
        assertThat(page.locator("#read-aloud")).containsText("Stop reading");
        Assertions.assertThat((String) page.evaluate("() => window.__spoken.join(' ')"))
                .contains("Hello, Jade");
        page.locator("#read-aloud").click();
        assertThat(page.locator("#read-aloud")).containsText("Read aloud");
    }

    @Test
    void staffScreensHaveNoReadAloudButton() {
        signIn(page, DemoUsers.WORKER, DemoUsers.PASSWORD);
        assertThat(page.locator("#read-aloud")).hasCount(0);
    }
}
