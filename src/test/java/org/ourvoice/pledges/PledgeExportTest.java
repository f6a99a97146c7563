package org.ourvoice.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.pledges.TestPledges.today;
import static org.ourvoice.support.Refusals.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ourvoice.insight.service.BoardPackService;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.domain.DeliveryStatus;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.service.CommitmentItem;
import org.ourvoice.pledges.service.PledgeDeliveryService;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.PledgeExportService;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.pledges.service.VersionDetail;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An adopted version downloads as a laid-out PDF (read back here as text) and as an accessible web
 * page, with its promises in order, who shaped it and what their ideas changed; each download is
 * audited, and only adopted versions download.
 */
@PortalTest
class PledgeExportTest {

    @Autowired
    PledgeExportService export;
    @Autowired
    PledgeDraftingService drafting;
    @Autowired
    PledgeSuggestionService suggestions;
    @Autowired
    TestPledges pledges;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    PledgeDeliveryService delivery;
    @Autowired
    BoardPackService boardPack;

    /** An adopted version with one suggestion (named, with tricky characters) taken in; returns its id. */
    private long adoptedWithAnIdea(String young, String idea) {
        long version = pledges.open(DocumentKind.PLEDGE, Audience.YOUNG_PEOPLE);
        CommitmentItem first = pledges.commitment(version, 1);
        long suggestion = pledges.suggestWording(young, first.id(), idea, true);
        pledges.approve(suggestion);
        long draft = runAs.user(DemoUsers.WORKER, () -> suggestions.accept(suggestion, pledges.lockOf(suggestion),
                idea));
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(draft, pledges.detail(draft).lock(), today()));
        return draft;
    }

    @Test
    void thePdfHasTheTitleThePromisesInOrderTheCreditsAndPageNumbers() throws IOException {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long version = adoptedWithAnIdea(young, "We will visit you every month 🙂");
        VersionDetail detail = pledges.detail(version);

        byte[] pdf = runAs.user(young, () -> export.pdf(version, Locale.ENGLISH));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(detail.documentTitle());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(text).contains(detail.documentTitle(), "Version 2, agreed by the board on",
                    "Who shaped these promises", "Shaped by " + young + ". Thank you!", "Your home",
                    "1.", "We will visit you every month", "2.", "We will tell you before your placement changes",
                    "Unless it is an emergency.", "What your ideas changed",
                    "(it said: We will visit you", "Page 1");
            assertThat(text.indexOf("We will visit you every month"))
                    .isLessThan(text.indexOf("We will tell you before your placement changes"));
        }
        assertThat(views.audited("PLEDGE_EXPORTED", "pledge version " + version)).isEqualTo(1);
    }

    @Test
    void aLongVersionFlowsOntoNumberedPages() throws IOException {
        long version = pledges.draft(DocumentKind.LOCAL_OFFER);
        long section = pledges.detail(version).sections().getFirst().id();
        runAs.user(DemoUsers.WORKER, () -> {
            for (int i = 0; i < 60; i++) {
                drafting.addCommitment(section, "Promise number " + i + " about money, housing and help",
                        "A longer explanation that wraps over more than one line so that the page fills up quickly "
                                + "with words. " + "Averyveryverylongwordwithoutanyspaces".repeat(4));
            }
        });
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(version, pledges.detail(version).lock(), today()));

        byte[] pdf = runAs.user(DemoUsers.WORKER, () -> export.pdf(version, Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            assertThat(lastPage.getText(document)).contains("Page " + document.getNumberOfPages());
            assertThat(new PDFTextStripper().getText(document)).contains("Promise number 59 about money");
        }
    }

    @Test
    void theWebPageIsAccessibleAndEscapesEverything() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String tricky = "<script>alert('x')</script> & \"quotes\" مرحبا";
        long version = adoptedWithAnIdea(young, tricky);

        String html = new String(runAs.user(young, () -> export.html(version, Locale.ENGLISH)),
                StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>");
        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main h2")).extracting(e -> e.text()).contains("Who shaped these promises", "Your home",
                "What your ideas changed");
        assertThat(page.select("ol li p.commitment")).extracting(e -> e.text())
                .containsExactly(tricky, "We will tell you before your placement changes");
        assertThat(page.select("title").text()).isEqualTo(pledges.detail(version).documentTitle());

        String arabic = new String(runAs.user(young, () -> export.html(version, Locale.forLanguageTag("ar"))),
                StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(arabic).select("html").attr("dir")).isEqualTo("rtl");
        assertThat(views.audited("PLEDGE_EXPORTED", "pledge version " + version)).isEqualTo(2);
    }

    @Test
    void theBoardPackListsPromisesOffTrackOrAtRisk() throws IOException {
        long version = pledges.draft(DocumentKind.LOCAL_OFFER);
        runAs.user(DemoUsers.BOARD, () -> drafting.adopt(version, pledges.detail(version).lock(), today()));
        CommitmentItem first = pledges.commitment(version, 1);
        CommitmentItem second = pledges.commitment(version, 2);
        String evidence = "No visits since " + org.ourvoice.support.TestSharing.word();
        runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(first.id(), DeliveryStatus.OFF_TRACK, today(),
                evidence, null));
        runAs.user(DemoUsers.WORKER, () -> delivery.recordUpdate(second.id(), DeliveryStatus.ON_TRACK, today(),
                "Fine " + evidence, null));

        byte[] pack = runAs.user(DemoUsers.BOARD, () -> boardPack.make(today(), Locale.ENGLISH));
        try (PDDocument document = Loader.loadPDF(pack)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Promises off track or at risk",
                    pledges.detail(version).documentTitle() + ", promise 1", "Off track", evidence);
            assertThat(text).doesNotContain("Fine " + evidence);
        }
    }

    @Test
    void onlyAnAdoptedVersionDownloads() {
        long draft = pledges.draft(DocumentKind.PLEDGE);
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> export.pdf(draft, Locale.ENGLISH)),
                "pledges.notAdopted");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> export.html(draft, Locale.ENGLISH)),
                "pledges.notAdopted");
    }
}
