package org.ourvoice.pledges;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ourvoice.pledges.TestPledges.today;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ourvoice.pledges.domain.DeliveryStatus;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.pledges.service.CommitmentItem;
import org.ourvoice.pledges.service.PledgeDeliveryService;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.pledges.service.VersionDetail;
import org.ourvoice.security.Role;
import org.ourvoice.support.BrowserTest;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Co-producing a pledge in Chromium: a worker opens a draft for ideas, two young people on phones
 * suggest new words and back an idea, the worker takes one in, the board adopts the next version,
 * and the young person whose idea it was sees their credit and how the promise is going. Every
 * screen on the way is scanned with axe.
 */
class PledgeJourneyIT extends BrowserTest {

    @Autowired
    TestPledges pledges;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    PledgeSuggestionService suggestions;
    @Autowired
    PledgeDeliveryService delivery;
    @Autowired
    PledgeDraftingService drafting;

    @Test
    void aPledgeIsShapedByYoungPeopleAdoptedByTheBoardAndTheirCreditShown() {
        List<String> problems = new ArrayList<>();
        long v1 = pledges.draft(DocumentKind.PLEDGE);
        VersionDetail draft = pledges.detail(v1);
        String title = draft.documentTitle();
        CommitmentItem visits = draft.commitments().getFirst();

        signIn(page, DemoUsers.WORKER, DemoUsers.PASSWORD);
        openDocument(page, title);
        assertThat(page.locator("#version-state")).containsText("Draft.");
        scan(page, "a worker's draft", problems);
        page.locator("#open-for-ideas").click();
        assertThat(page.getByText("Open for ideas. Young people can now see it")).isVisible();
        assertThat(page.locator("#version-state")).containsText("Open for ideas from Young people in care");
        Assertions.assertThat(pledges.detail(v1).status()).isEqualTo(VersionStatus.OPEN);

        String author = testAccounts.create(Role.YOUNG_PERSON);
        Page first = newPerson(PHONE_WIDTH);
        signIn(first, author, TestAccounts.PASSWORD);
        first.navigate(url("shape-our-promises"));
        Locator block = documentBlock(first, title);
        block.locator("vaadin-details:has(#words-" + visits.id() + "-text) vaadin-details-summary").click();
        first.locator("#words-" + visits.id() + "-text textarea").fill("We will visit you every month");
        first.locator("#words-" + visits.id() + "-name").click();
        first.locator("#words-" + visits.id() + "-send").click();
        assertThat(first.getByText("Thank you! A worker will read it soon.")).isVisible();
        assertThat(first.locator("#my-ideas .my-idea .status-badge")).hasText("Waiting to be checked");
        scan(first, "a young person shaping the pledge on a phone", problems);

        long idea = runAs.user(author, suggestions::mine).getFirst().id();
        pledges.approve(idea);

        Page second = newPerson(PHONE_WIDTH);
        String backer = testAccounts.create(Role.YOUNG_PERSON);
        signIn(second, backer, TestAccounts.PASSWORD);
        second.navigate(url("shape-our-promises"));
        Locator card = documentBlock(second, title).locator("[data-suggestion='" + idea + "']");
        assertThat(card).containsText("We will visit you every month");
        assertThat(card.locator(".idea-author")).hasText(author);
        card.locator(".back-idea").click();
        assertThat(card.locator(".back-idea")).hasText("You back this (1)");
        documentBlock(second, title).locator("#matters-" + visits.id()).getByText("A lot", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(second.getByText("Saved. Thank you!")).isVisible();
        scan(second, "a young person backing an idea", problems);

        openDocument(page, title);
        Locator suggestion = page.locator(".suggestion-card[data-suggestion='" + idea + "']");
        assertThat(suggestion.locator(".support-count")).hasText("Backed by 1");
        scan(page, "a worker reading suggestions", problems);
        suggestion.locator(".take-in-words input").fill("We will visit you every month, or more if you ask");
        suggestion.locator(".take-in").click();
        assertThat(page.getByText("Taken into the next draft.")).isVisible();

        Page board = newPerson(1280);
        signIn(board, DemoUsers.BOARD, DemoUsers.PASSWORD);
        openDocument(board, title);
        assertThat(board.locator("#version-state")).containsText("Draft.");
        assertThat(board.locator(".promise-words").first()).hasText("We will visit you every month, or more if you ask");
        scan(board, "the board reading the next version", problems);
        board.locator("#adopt").click();
        assertThat(board.getByText("Adopted. Young people now see this version")).isVisible();
        assertThat(board.locator("#version-state")).containsText("Adopted by the board on");

        long v2 = newestVersion(draft.documentId());
        Assertions.assertThat(pledges.detail(v2).status()).isEqualTo(VersionStatus.ADOPTED);
        runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(pledges.commitment(v2, 1).id(),
                DeliveryStatus.ON_TRACK, today(), "Every young person had a visit this month", null));

        first.navigate(url("our-promises"));
        Locator ours = documentBlock(first, title);
        assertThat(ours.locator(".credits-line")).hasText("Shaped by " + author + " and 1 more young people. Thank you!");
        assertThat(ours.locator(".credits-changes")).containsText("Promise 1: Taken in with changes: We will visit you"
                + " every month, or more if you ask");
        assertThat(ours.locator(".download-pdf")).isVisible();
        scan(first, "our promises with credits", problems);

        first.navigate(url("shape-our-promises"));
        assertThat(first.locator("#my-ideas .my-idea[data-stage='TAKEN_IN_CHANGED']")).containsText(
                "The promise now says: We will visit you every month, or more if you ask");

        first.navigate(url("how-we-are-doing"));
        Locator doing = documentBlock(first, title);
        assertThat(doing.locator(".promise-status").first().locator(".status-badge")).hasText("On track");
        assertThat(doing.locator(".promise-news").first()).containsText("Every young person had a visit this month");
        scan(first, "how are we doing", problems);

        Assertions.assertThat(problems).as("serious or critical axe violations").isEmpty();
    }

    /** The document's newest version: the one the worker's take-in prepared and the board adopted. */
    private long newestVersion(long documentId) {
        return runAs.user(DemoUsers.WORKER, drafting::documents).stream().filter(d -> d.id() == documentId)
                .findFirst().orElseThrow().versions().getFirst().id();
    }

    private void openDocument(Page on, String title) {
        on.navigate(url("pledge-documents"));
        on.locator("#document").click();
        on.locator("vaadin-select-item[role='option']").filter(new Locator.FilterOptions().setHasText(title)).click();
        assertThat(on.locator("#version-panel h3").first()).containsText(title);
        // the list of documents has finished closing before anything else is read or scanned
        assertThat(on.locator("#document")).not().hasAttribute("opened", "");
        assertThat(on.locator("#document vaadin-select-list-box")).isHidden();
    }

    private static Locator documentBlock(Page on, String title) {
        return on.locator(".promise-document").filter(new Locator.FilterOptions()
                .setHas(on.locator("h3", new Page.LocatorOptions().setHasText(title))));
    }

    private void scan(Page on, String what, List<String> problems) {
        seriousAccessibilityProblems(on).forEach(problem -> problems.add(what + ": " + problem));
    }
}
