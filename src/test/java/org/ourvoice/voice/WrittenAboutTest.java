package org.ourvoice.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourvoice.support.Refusals.assertRefused;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.ourvoice.voice.service.QueueItem;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.ourvoice.voice.service.WrittenAbout;
import org.ourvoice.voice.service.WrittenText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writing about something else (an answer to a response, a suggestion for a pledge, feedback on an
 * event) is screened and moderated like a view, is read by others only once approved, and never
 * counts among the board's views.
 */
@PortalTest
class WrittenAboutTest {

    @Autowired
    ContributionService contributions;
    @Autowired
    SharedViewService shared;
    @Autowired
    ModerationService moderation;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private static long subject() {
        return 1_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xffffff);
    }

    private long write(String young, WrittenAbout about, long subjectId, String text, boolean showName) {
        return runAs.user(young, () -> contributions.submitAbout(about, subjectId, text, showName,
                UUID.randomUUID().toString()));
    }

    private void approve(long id, String redacted) {
        QueueItem item = views.item(id);
        runAs.user(DemoUsers.WORKER, () -> moderation.approve(id, item.version(), redacted, List.of()));
    }

    private List<WrittenText> sharedAbout(String who, WrittenAbout about, long subjectId) {
        return runAs.user(who, () -> shared.sharedAbout(about, List.of(subjectId)));
    }

    @Test
    void writingWaitsForAWorkerAndIsReadOnlyOnceApproved() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long subject = subject();
        long id = write(young, WrittenAbout.RESPONSE, subject, "Partly, the bus passes came late", false);

        QueueItem waiting = views.item(id);
        assertThat(waiting.about()).isEqualTo(WrittenAbout.RESPONSE);
        assertThat(waiting.status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(waiting.themeIds()).isEmpty();
        assertThat(waiting.mood()).isNull();
        assertThat(sharedAbout(DemoUsers.BOARD, WrittenAbout.RESPONSE, subject)).isEmpty();

        approve(id, null);

        assertThat(sharedAbout(DemoUsers.BOARD, WrittenAbout.RESPONSE, subject)).singleElement()
                .satisfies(text -> {
                    assertThat(text.contributionId()).isEqualTo(id);
                    assertThat(text.subjectId()).isEqualTo(subject);
                    assertThat(text.text()).isEqualTo("Partly, the bus passes came late");
                    assertThat(text.authorName()).isNull();
                });
        assertThat(sharedAbout(DemoUsers.BOARD, WrittenAbout.PLEDGE_COMMENT, subject)).isEmpty();
        assertThat(sharedAbout(DemoUsers.BOARD, WrittenAbout.RESPONSE, subject + 1)).isEmpty();
    }

    @Test
    void othersReadTheRedactedCopyAndANameOnlyWhenChosen() {
        String named = testAccounts.create(Role.CARE_LEAVER);
        String anonymous = testAccounts.create(Role.YOUNG_PERSON);
        long subject = subject();
        long first = write(named, WrittenAbout.PLEDGE_SUGGESTION, subject, "Free bus travel until 25", true);
        long second = write(anonymous, WrittenAbout.PLEDGE_SUGGESTION, subject,
                "Ask Mr Jones at 12 High Street about bus travel", false);

        approve(first, null);
        approve(second, "Ask about bus travel");

        List<WrittenText> read = sharedAbout(DemoUsers.YOUNG_PERSON, WrittenAbout.PLEDGE_SUGGESTION, subject);
        assertThat(read).extracting(WrittenText::contributionId).containsExactly(first, second);
        assertThat(read.get(0).authorName()).isEqualTo(named);
        assertThat(read.get(1).authorName()).isNull();
        assertThat(read.get(1).text()).isEqualTo("Ask about bus travel");
    }

    @Test
    void writingIsScreenedLikeAView() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = write(young, WrittenAbout.EVENT_FEEDBACK, subject(), "It was fine but I want to die", false);

        assertThat(views.item(id).urgent()).isTrue();
    }

    @Test
    void approvedWritingNeverCountsAsOneOfTheBoardsViews() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long before = runAs.user(DemoUsers.BOARD, () -> shared.countShared(SharedFilter.all()));
        Integer monthBefore = jdbc.queryForObject("select coalesce(sum(views), 0) from insight_month", Integer.class);
        long id = write(young, WrittenAbout.PLEDGE_COMMENT, subject(), "This promise matters a lot", false);

        approve(id, null);

        assertThat(runAs.user(DemoUsers.BOARD, () -> shared.countShared(SharedFilter.all()))).isEqualTo(before);
        assertThat(runAs.user(DemoUsers.BOARD, () -> shared.shared(SharedFilter.all(), 0, 50)))
                .extracting(SharedView::id).doesNotContain(id);
        assertThat(jdbc.queryForObject("select coalesce(sum(views), 0) from insight_month", Integer.class))
                .isEqualTo(monthBefore);
    }

    @Test
    void aViewStillNeedsAThemeToBeApproved() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long view = views.submit(young, "Contact with my brother matters", "family");
        QueueItem item = views.item(view);

        assertRefused(() -> runAs.user(DemoUsers.WORKER,
                () -> moderation.approve(view, item.version(), null, List.of())), "moderation.themeNeeded");
    }

    @Test
    void sendingTheSameWordsWithTheSameKeyTwiceStoresThemOnce() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long subject = subject();
        String key = UUID.randomUUID().toString();

        long first = runAs.user(young, () -> contributions.submitAbout(WrittenAbout.RESPONSE, subject, "Yes", false,
                key));
        long again = runAs.user(young, () -> contributions.submitAbout(WrittenAbout.RESPONSE, subject, "Yes", false,
                key));

        assertThat(again).isEqualTo(first);
        assertThat(views.countBy(views.accountId(young))).isEqualTo(1);
    }

    @Test
    void badWritingIsRefusedInPlainWordsAndNothingIsStored() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long subject = subject();

        assertRefused(() -> write(young, WrittenAbout.RESPONSE, subject, "   ", false), "voice.textNeeded");
        assertRefused(() -> write(young, WrittenAbout.RESPONSE, subject, "x".repeat(100_000), false),
                "form.tooLong");
        assertRefused(() -> write(young, WrittenAbout.RESPONSE, subject, "bell\u0007", false),
                "form.controlCharacters");

        assertThat(views.countBy(views.accountId(young))).isZero();
    }

    @Test
    void scriptAndRightToLeftWordsAreKeptAsWritten() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String words = "<script>alert(1)</script> '; drop table contribution; -- أريد سكنًا 🏠";
        long id = write(young, WrittenAbout.PLEDGE_COMMENT, subject(), words, false);

        assertThat(views.row(id).get("text")).isEqualTo(words);
    }

    @Test
    void youngPeopleSeeWhatBecameOfTheirOwnWritingOnly() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String other = testAccounts.create(Role.YOUNG_PERSON);
        long subject = subject();
        long mine = write(young, WrittenAbout.PLEDGE_SUGGESTION, subject, "Say promises in plain words", false);
        write(other, WrittenAbout.PLEDGE_SUGGESTION, subject, "Meet us more often", false);
        QueueItem item = views.item(mine);
        runAs.user(DemoUsers.WORKER, () -> moderation.notShare(mine, item.version(), NotSharedReason.OTHER,
                "Thank you, this is already promise 2"));

        List<MyContribution> seen = runAs.user(young,
                () -> contributions.mineAbout(WrittenAbout.PLEDGE_SUGGESTION, List.of(subject)));

        assertThat(seen).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(mine);
            assertThat(c.about()).isEqualTo(WrittenAbout.PLEDGE_SUGGESTION);
            assertThat(c.status()).isEqualTo(ContributionStatus.NOT_SHARED);
            assertThat(c.reason()).isEqualTo("Thank you, this is already promise 2");
        });
        assertThat(runAs.user(young, () -> contributions.mine(0, 10))).extracting(MyContribution::id)
                .contains(mine);
    }
}
