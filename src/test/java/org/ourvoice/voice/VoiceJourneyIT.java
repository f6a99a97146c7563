package org.ourvoice.voice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ourvoice.security.Role;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A young person's view from a phone to the board, in Chromium: two young people send views (one
 * with words that suggest a risk of harm), a worker sees the urgent one first, raises a
 * safeguarding concern from it and approves the ordinary one, and its writer sees in My say that
 * it was shared. Also: a draft survives a reload, and words that look like code show as typed.
 */
class VoiceJourneyIT extends BrowserTest {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aViewGoesFromAPhoneThroughCheckingToTheBoardAndAnUrgentOneToSafeguarding() {
        String marker = madeUpWord();
        String urgentWords = "Someone hits me at home and I am scared " + marker;
        String ordinaryWords = "We should have more say in our reviews " + marker;
        List<String> problems = new ArrayList<>();

        String firstName = testAccounts.create(Role.YOUNG_PERSON);
        Page first = newPerson(PHONE_WIDTH);
        signIn(first, firstName, TestAccounts.PASSWORD);
        openHaveYourSay(first);
        first.locator("#send-view").click();
        assertThat(first.getByText("Please write what is on your mind.")).isVisible();
        scan(first, "young person's form with a message on the field", problems);
        sendView(first, urgentWords, "Feeling safe", "Very sad");
        scan(first, "young person's thank-you panel", problems);

        Page second = newPerson(PHONE_WIDTH);
        signIn(second, testAccounts.create(Role.YOUNG_PERSON), TestAccounts.PASSWORD);
        openHaveYourSay(second);
        sendView(second, ordinaryWords, "Being listened to", "Happy");
        second.locator("#go-to-my-say").click();
        assertThat(card(second, ordinaryWords).locator(".status-badge")).hasText("Waiting to be checked");
        scan(second, "My say with a waiting view", problems);

        signIn(page, DemoUsers.WORKER, DemoUsers.PASSWORD);
        page.navigate(url("moderation"));
        assertThat(page.locator("#queue-count")).containsText("waiting");
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(urgentWords))).hasCount(1);
        Assertions.assertThat(firstRowFlags()).as("an urgent view comes first").contains("Urgent");
        scan(page, "the queue with an urgent view", problems);

        cells.filter(new Locator.FilterOptions().setHasText(urgentWords)).dblclick();
        assertThat(page.locator("#moderation-words")).hasText(urgentWords);
        assertThat(page.locator("#moderation-found")).hasText("Screening found: hits me");
        scan(page, "the checking dialog of an urgent view", problems);
        page.locator("#moderation-raise-concern").click();
        page.locator("#concern-seen textarea").fill("The young person wrote that someone hits them at home.");
        page.locator("#concern-who-told textarea").fill("Duty social worker");
        page.locator("#concern-action textarea").fill("Rang the duty team; a visit is arranged for today.");
        scan(page, "the concern form", problems);
        page.locator("#concern-save").click();
        assertThat(page.getByText("Safeguarding concern recorded.")).isVisible();
        assertThat(page.getByText("Concerns raised from this view: 1")).isVisible();
        page.locator("#moderation-close").click();
        assertThat(page.locator("#moderation-words")).isHidden();

        cells.filter(new Locator.FilterOptions().setHasText(ordinaryWords)).dblclick();
        assertThat(page.locator("#moderation-words")).hasText(ordinaryWords);
        page.locator("#moderation-approve").click();
        assertThat(page.getByText("Shared with the board. The young person has been told.")).isVisible();
        // the grid keeps its cells for reuse: a row that left the queue is hidden, not removed
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(ordinaryWords))).isHidden();
        // a concern does not take the view out of the queue: it still waits for a decision
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(urgentWords))).isVisible();

        page.navigate(url("safeguarding"));
        assertThat(page.locator("#concerns-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(firstName))).hasCount(1);
        scan(page, "safeguarding with an open concern", problems);

        Page board = newPerson(1280);
        signIn(board, DemoUsers.BOARD, DemoUsers.PASSWORD);
        board.navigate(url("shared-views"));
        Locator shared = board.locator("#shared-grid vaadin-grid-cell-content");
        assertThat(shared.filter(new Locator.FilterOptions().setHasText(ordinaryWords))).isVisible();
        assertThat(shared.filter(new Locator.FilterOptions().setHasText(urgentWords))).hasCount(0);
        assertThat(shared.filter(new Locator.FilterOptions().setHasText("Anonymous")).first()).isVisible();
        scan(board, "what the board reads", problems);
        board.context().close();

        second.reload();
        assertThat(card(second, ordinaryWords).locator(".status-badge")).hasText("Shared with the board");
        scan(second, "My say with a shared view", problems);
        first.navigate(url("my-say"));
        // screening and concerns are never shown to the young person
        assertThat(card(first, urgentWords).locator(".status-badge")).hasText("Waiting to be checked");
        first.context().close();
        second.context().close();
        Assertions.assertThat(problems).as("serious or critical axe violations on the screens with content").isEmpty();
    }

    private void scan(Page on, String what, List<String> problems) {
        seriousAccessibilityProblems(on).forEach(problem -> problems.add(what + ": " + problem));
    }

    @Test
    void aDraftIsBackAfterAReload() {
        String words = "I have not finished thinking about this yet " + madeUpWord();
        Page young = newPerson(PHONE_WIDTH);
        signIn(young, testAccounts.create(Role.YOUNG_PERSON), TestAccounts.PASSWORD);
        openHaveYourSay(young);

        young.locator("#view-text textarea").fill(words);
        assertThat(young.locator("#draft-status")).hasText("Your words are saved as a draft.");
        young.reload();

        assertThat(young.locator("#view-text textarea")).hasValue(words);
        assertThat(young.locator("#draft-status")).hasText("Welcome back. We kept what you were writing.");
        young.context().close();
    }

    @Test
    void wordsThatLookLikeCodeShowInMySayAsTyped() {
        String words = "<img src=x onerror=\"window.ranTypedCode=true\"> <script>window.ranTypedCode=true</script> "
                + madeUpWord();
        Page young = newPerson(PHONE_WIDTH);
        signIn(young, testAccounts.create(Role.YOUNG_PERSON), TestAccounts.PASSWORD);
        openHaveYourSay(young);
        sendView(young, words, "Being listened to", "OK");
        young.locator("#go-to-my-say").click();

        assertThat(card(young, words).locator(".view-words")).hasText(words);
        assertThat(young.locator("#my-say-list img, #my-say-list script")).hasCount(0);
        Assertions.assertThat(young.evaluate("() => window.ranTypedCode === undefined")).isEqualTo(true);
        young.context().close();
    }

    /** The flags of the queue's top row, read from the grid's first body row (cells are slotted in). */
    private String firstRowFlags() {
        return (String) page.locator("#queue-grid").evaluate("""
                grid => {
                  const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => r.index === 0);
                  const slot = row.querySelector('td slot').name;
                  return grid.querySelector(`vaadin-grid-cell-content[slot="${slot}"]`).textContent;
                }""");
    }

    private void openHaveYourSay(Page young) {
        young.locator("a.home-link").filter(new Locator.FilterOptions().setHasText("Have your say")).click();
        assertThat(young.locator("#view-text")).isVisible();
    }

    private static void sendView(Page young, String words, String theme, String face) {
        young.locator("#view-text textarea").fill(words);
        young.locator("#view-themes").getByText(theme, new Locator.GetByTextOptions().setExact(true)).click();
        young.locator("#view-mood").getByText(face, new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(young.locator("#view-themes vaadin-checkbox[checked]")).hasCount(1);
        assertThat(young.locator("#view-mood vaadin-radio-button[checked]")).hasCount(1);
        young.locator("#send-view").click();
        assertThat(young.locator("#view-sent")).isVisible();
        assertThat(young.locator("#view-sent h3")).hasText("Thank you");
    }

    private static Locator card(Page young, String words) {
        return young.locator("#my-say-list .view-card").filter(new Locator.FilterOptions().setHasText(words));
    }

    private static String madeUpWord() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }
}
