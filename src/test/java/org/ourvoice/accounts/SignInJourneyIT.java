package org.ourvoice.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;

/** Every role signs in through the real login page in Chromium, lands on its home page, and signs out. */
class SignInJourneyIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
        "Jade, Young person",
        "Kai, Care leaver",
        "Priya Worker, Participation worker",
        "Cllr Morgan, Board member",
        "Alex Admin, Administrator"})
    void eachRoleSignsInAndOut(String name, String roleName) {
        signIn(page, name, DemoUsers.PASSWORD);
        assertThat(page.locator("#home-greeting")).hasText("Hello, " + name);
        assertThat(page.locator("vaadin-side-nav")).containsText("Home");
        assertThat(page.getByText("Signed in as " + name + " (" + roleName + ")")).isVisible();

        signOut(page);
        page.navigate(url(""));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void aWrongPasswordShowsAPlainMessage() {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(DemoUsers.WORKER);
        page.locator("input[name='password']").fill("not the password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.getByText("Check your name and password and try again.")).isVisible();
    }
}
