package org.ourvoice.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ourvoice.board.service.MeetingForm;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole loop in Chromium: a young person's view is approved; a board member records a decision
 * answering it, an action with an owner and a due date, and a "You said, we did" response; the young
 * person sees it under their view in "My say" and on "You said, we did", and answers it.
 */
class BoardLoopIT extends BrowserTest {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews testViews;
    @Autowired
    ModerationService moderation;
    @Autowired
    MeetingService meetings;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aViewIsAnsweredByTheBoardAndTheYoungPersonAnswersBack() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String words = "We need a youth club near the station " + marker;
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long view = testViews.submit(young, words, "activities");
        QueueItem item = testViews.item(view);
        runAs.user(DemoUsers.WORKER, () -> moderation.approve(view, item.version(), null, item.themeIds()));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String place = "Shirehall " + marker;
        runAs.user(DemoUsers.BOARD, () -> meetings.create(new MeetingForm(today.plusDays(500), place)));

        // the board member records the decision, answering the view
        signIn(page, DemoUsers.BOARD, DemoUsers.PASSWORD);
        page.navigate(url("board-decisions"));
        assertThat(page.locator("#board-figures")).containsText("Views with a response");
        page.locator("#decision-new").click();
        assertThat(page.locator("#decision-meeting")).containsText(place);
        String decision = "Open a youth club by the station " + marker;
        page.locator("#decision-title input").fill(decision);
        page.locator("#decision-reason textarea").fill("Young people have nowhere to go after school.");
        page.locator("#decision-views input").fill(marker);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(marker))
                .first().click();
        page.keyboard().press("Escape");
        page.locator("#decision-save").click();
        Locator card = page.locator(".decision-card").filter(new Locator.FilterOptions().setHasText(decision));
        assertThat(card).containsText(words);

        // an action with an owner and a due date
        card.locator(".decision-add-action").click();
        page.locator("#action-title input").fill("Find a building near the station");
        page.locator("#action-owner").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(DemoUsers.WORKER)).click();
        page.locator("#action-due input").fill(UK_DATE.format(today.plusDays(21)));
        page.locator("#action-due input").press("Enter");
        page.locator("#action-save").click();
        assertThat(card.locator(".action-line")).containsText("Find a building near the station");
        assertThat(card.locator(".action-line")).containsText(DemoUsers.WORKER);

        // the response in plain words
        card.locator(".decision-respond").click();
        page.locator("#response-you-said textarea").fill("You want a youth club near the station.");
        page.locator("#response-we-did textarea").fill("We are looking for a building for it.");
        page.locator("#response-what-next textarea").fill("We will tell you when we find one.");
        page.locator("#response-save").click();
        assertThat(page.getByText("Response published.")).isVisible();
        assertThat(card.locator(".decision-response")).containsText("We are looking for a building for it.");

        // the young person sees it in My say and on "You said, we did", and answers it
        Page youngPage = newPerson(PHONE_WIDTH);
        signIn(youngPage, young, TestAccounts.PASSWORD);
        youngPage.navigate(url("my-say"));
        Locator myView = youngPage.locator(".view-card").filter(new Locator.FilterOptions().setHasText(words));
        assertThat(myView.locator(".view-follow-up")).containsText("We are looking for a building for it.");
        myView.locator(".view-follow-up a").click();
        assertThat(youngPage.locator("#ysd-only-mine input")).isChecked();
        Locator story = youngPage.locator(".story-card").filter(new Locator.FilterOptions()
                .setHasText("You want a youth club near the station."));
        assertThat(story.first()).containsText("This answers something you said");
        assertThat(story.first()).containsText("Find a building near the station");
        story.first().locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Partly")).click();
        story.first().locator(".answer-comment textarea").fill("Please make it open on Saturdays too " + marker);
        story.first().locator(".answer-send").click();
        assertThat(story.first().locator(".answer-thanks")).isVisible();
        assertThat(story.first()).containsText("Your answer: Partly");
        youngPage.context().close();

        Assertions.assertThat(jdbc.queryForObject("select count(*) from board_response_answer a join account c"
                + " on c.id = a.account_id where c.display_name = ? and a.verdict = 'PARTLY'", Integer.class, young))
                .isEqualTo(1);
        page.reload();
        assertThat(page.locator(".decision-card").filter(new Locator.FilterOptions().setHasText(decision))
                .locator(".decision-answers")).containsText("partly 1");
    }
}
