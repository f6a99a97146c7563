package org.ourvoice.opportunities;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.security.Role;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestOpportunities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A board seat from publishing to the evidence, in Chromium: a worker publishes it, a young person
 * on a phone signs up saying they need an interpreter, the worker sees that need, records that they
 * came once the meeting has started, and the engagement figures go up. And one changed, then
 * cancelled with the keyboard, shown as cancelled with the reason to the young person who signed up.
 */
class OpportunitiesJourneyIT extends BrowserTest {

    /** The count a line starts with ("12 different young people…"); "No young people…" is none. */
    private static final Pattern FIRST_NUMBER = Pattern.compile("^\\(?(\\d+)");

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestOpportunities testOpportunities;
    @Autowired
    JdbcTemplate jdbc;

    /** This machine may be busy: give every check up to a minute, like the page's own timeout. */
    @BeforeEach
    void patientChecks() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    private static long number(String text) {
        Matcher m = FIRST_NUMBER.matcher(text.strip());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private String engagementLine(String id) {
        page.navigate(url("engagement"));
        Locator line = page.locator("#" + id);
        line.waitFor();
        return line.textContent();
    }

    @Test
    void aBoardSeatGoesFromPublishedToAttendedAndTheFiguresMove() {
        List<String> problems = new ArrayList<>();
        String title = "Board seat " + UUID.randomUUID().toString().substring(0, 6);
        signIn(page, DemoUsers.WORKER, DemoUsers.PASSWORD);
        long totalBefore = number(engagementLine("engagement-total"));
        String boardBefore = engagementLine("engagement-board");

        page.navigate(url("manage-opportunities"));
        page.locator("#new-opportunity").click();
        page.locator("#opportunity-kind").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("A seat at the board meeting")).click();
        page.locator("#opportunity-title input").fill(title);
        page.locator("#opportunity-description textarea").fill("Come and tell the board what matters to you.");
        String day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7).toString();
        page.locator("#opportunity-date").evaluate("(picker, day) => { picker.value = day; picker.dispatchEvent(new CustomEvent('change', { bubbles: true })); }", day);
        assertThat(page.locator("#opportunity-closing input")).not().hasValue("");
        page.locator("#opportunity-place input").fill("County Hall, Committee Room 1");
        page.locator("#opportunity-places input").fill("2");
        scan(page, "the publish form", problems);
        page.locator("#publish-opportunity").click();
        assertThat(page.locator("#upcoming-opportunities vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(title))).hasCount(1);
        long id = jdbc.queryForObject("select id from opportunity where title = ?", Long.class, title);

        String young = testAccounts.create(Role.YOUNG_PERSON);
        Page phone = newPerson(PHONE_WIDTH);
        signIn(phone, young, TestAccounts.PASSWORD);
        phone.navigate(url("things-to-join"));
        Locator card = phone.locator("#opportunity-" + id);
        assertThat(card).containsText(title);
        card.locator("#sign-up-" + id).click();
        phone.locator("#need-interpreter").click();
        phone.locator("#need-language input").fill("Tigrinya");
        scan(phone, "the help dialog", problems);
        phone.locator("#send-help").click();
        assertThat(phone.locator("#status-" + id)).hasText("You have a place");
        assertThat(card).containsText("Someone to help with language (Tigrinya)");
        scan(phone, "things to join with a place", problems);

        // the meeting started an hour ago
        testOpportunities.startedAgo(id, Duration.ofHours(1));
        page.navigate(url("manage-opportunities"));
        page.locator("#open-" + id).click();
        Locator signUps = page.locator("#sign-ups");
        assertThat(signUps.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Interpreter (Tigrinya)"))).hasCount(1);
        long signUp = jdbc.queryForObject("select id from opportunity_sign_up where opportunity_id = ?", Long.class,
                id);
        page.locator("#came-" + signUp).getByText("Came", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("Attendance saved.")).isVisible();
        scan(page, "sign-ups with attendance", problems);

        Assertions.assertThat(number(engagementLine("engagement-total"))).as("one more young person took part")
                .isEqualTo(totalBefore + 1);
        String boardAfter = engagementLine("engagement-board");
        Assertions.assertThat(boardAfter).as("one more attendance at a board meeting").isNotEqualTo(boardBefore);
        Assertions.assertThat(number(boardAfter.substring(boardAfter.indexOf('('))))
                .isEqualTo(number(boardBefore.substring(boardBefore.indexOf('('))) + 1);
        scan(page, "the engagement figures", problems);

        // and the young person who came is asked how it was
        phone.navigate(url("things-to-join"));
        phone.locator("#feedback-" + id).waitFor();
        assertThat(phone.locator("#opportunity-" + id)).containsText("You came. Thank you!");
        Assertions.assertThat(problems).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void aWorkerChangesThePlaceThenCancelsWithTheKeyboardAndTheYoungPersonSeesWhy() {
        List<String> problems = new ArrayList<>();
        long id = testOpportunities.publish(OpportunityKind.CONSULTATION,
                "Have your say " + UUID.randomUUID().toString().substring(0, 6), 3);
        String young = testAccounts.create(Role.CARE_LEAVER);
        Page phone = newPerson(PHONE_WIDTH);
        signIn(phone, young, TestAccounts.PASSWORD);
        phone.navigate(url("things-to-join"));
        phone.locator("#sign-up-" + id).click();
        phone.locator("#send-help").click();
        assertThat(phone.locator("#status-" + id)).hasText("You have a place");

        signIn(page, DemoUsers.WORKER, DemoUsers.PASSWORD);
        page.navigate(url("manage-opportunities"));
        page.locator("#change-" + id).focus();
        page.keyboard().press("Enter");
        page.locator("#opportunity-place input").fill("Youth Centre, Hall 2");
        scan(page, "the change form", problems);
        page.locator("#save-opportunity").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#publish-dialog")).hasCount(0);

        page.locator("#cancel-opportunity-" + id).focus();
        page.keyboard().press("Enter");
        page.locator("#cancel-reason textarea").fill("Not enough people could come");
        scan(page, "the cancel form", problems);
        page.locator("#confirm-cancel-opportunity").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#cancelled-" + id)).hasText("Cancelled");
        assertThat(page.locator("#change-" + id)).hasCount(0);

        phone.navigate(url("things-to-join"));
        assertThat(phone.locator("#status-" + id)).hasText("Cancelled");
        assertThat(phone.locator("#cancel-reason-" + id)).hasText("Why: Not enough people could come");
        assertThat(phone.locator("#opportunity-" + id + " vaadin-button")).hasCount(0);
        scan(phone, "things to join with something cancelled", problems);
        Assertions.assertThat(problems).as("serious or critical accessibility problems").isEmpty();
    }

    private void scan(Page on, String where, List<String> problems) {
        seriousAccessibilityProblems(on).forEach(p -> problems.add(where + ": " + p));
    }
}
