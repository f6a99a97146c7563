package org.ourvoice.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipFile;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ourvoice.security.Role;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** A young person downloads their data and asks for deletion; a worker erases the account. */
class MyDataJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void downloadThenDeletionEndToEnd() throws IOException {
        String name = testAccounts.create(Role.YOUNG_PERSON);
        Page young = newPerson(PHONE_WIDTH);
        signIn(young, name, TestAccounts.PASSWORD);
        young.navigate(url("my-data"));
        assertThat(young.getByText("name: " + name)).isVisible();

        Download download = young.waitForDownload(() -> young.locator("#download-my-data").click());
        try (ZipFile zip = new ZipFile(download.path().toFile())) {
            String html = new String(zip.getInputStream(zip.getEntry("my-data.html")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Assertions.assertThat(html).contains(name);
            Assertions.assertThat(zip.getEntry("account.json")).isNotNull();
        }
        Files.deleteIfExists(download.path());

        young.getByText("Delete them too").click();
        young.locator("#ask-deletion").click();
        young.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog vaadin-button[slot='confirm-button']").first().click();
        assertThat(young.locator("#deletion-status")).containsText("You asked to delete your account");

        signIn(page, DemoUsers.WORKER, DemoUsers.PASSWORD);
        page.navigate(url("deletion-requests"));
        page.locator("vaadin-grid").getByText(name).waitFor();
        page.locator("vaadin-button[id^='erase-']").first().click();
        page.locator("vaadin-button[slot='confirm-button']").first().click();
        assertThat(page.getByText("The account was erased.")).isVisible();

        Page again = newPerson(1280);
        again.navigate(url("login"));
        again.locator("input[name='username']").fill(name);
        again.locator("input[name='password']").fill(TestAccounts.PASSWORD);
        again.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(again.getByText("Check your name and password and try again.")).isVisible();
    }
}
