package org.ourvoice.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Sending a view, keeping the draft and "My say", on a real MariaDB: the happy path, each rule and each refusal. */
@PortalTest
class ContributionServiceTest {

    @Autowired
    ContributionService contributions;
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

    private static ContributionForm with(ContributionForm form, String text) {
        return new ContributionForm(form.submissionKey(), text, form.themeIds(), form.mood(), form.showName(),
                form.wantsToTalk());
    }

    private static ContributionForm withThemes(ContributionForm form, List<Long> themeIds) {
        return new ContributionForm(form.submissionKey(), form.text(), themeIds, form.mood(), form.showName(),
                form.wantsToTalk());
    }

    private static ContributionForm withMood(ContributionForm form, Mood mood) {
        return new ContributionForm(form.submissionKey(), form.text(), form.themeIds(), mood, form.showName(),
                form.wantsToTalk());
    }

    /** The refusal names the problem, nothing is stored and the draft the young person kept is still there. */
    private void assertRefusedAndNothingStored(ContributionForm form, String messageKey) {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.accountId(young);
        ContributionForm kept = new ContributionForm(form.submissionKey(), "kept words", form.themeIds(), null,
                false, false);
        runAs.user(young, () -> contributions.saveDraft(kept));

        assertRefused(() -> runAs.user(young, () -> contributions.submit(form)), messageKey);

        assertThat(views.countBy(id)).as("views stored after refusal " + messageKey).isZero();
        assertThat(runAs.user(young, () -> contributions.draft()).text()).isEqualTo("kept words");
    }

    @Test
    void aSentViewWaitsForAWorkerWithItsThemesAndFeelingAndNoName() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ContributionForm empty = runAs.user(young, () -> contributions.draft());
        assertThat(empty.showName()).as("anonymous unless they choose").isFalse();
        assertThat(empty.wantsToTalk()).isFalse();
        assertThat(empty.mood()).isNull();
        assertThat(UUID.fromString(empty.submissionKey())).isNotNull();

        ContributionForm form = new ContributionForm(empty.submissionKey(),
                "  Moving placement three times in a year was hard.  ", views.themeIds("home", "health"), Mood.UNHAPPY,
                empty.showName(), false);
        long id = runAs.user(young, () -> contributions.submit(form));

        QueueItem stored = views.item(id);
        assertThat(stored.status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(stored.text()).isEqualTo("Moving placement three times in a year was hard.");
        assertThat(stored.themeIds()).containsExactlyInAnyOrderElementsOf(views.themeIds("home", "health"));
        assertThat(stored.mood()).isEqualTo(Mood.UNHAPPY);
        assertThat(stored.showName()).isFalse();
        assertThat(stored.authorId()).isEqualTo(views.accountId(young));
        assertThat(stored.authorRole()).isEqualTo(Role.YOUNG_PERSON);
        assertThat(stored.ageBand()).isEqualTo("AGE_8_10");
        assertThat(stored.urgent()).isFalse();
        assertThat(stored.personalInfo()).isFalse();
        assertThat(stored.publishedText()).isNull();
        Map<String, Object> row = views.row(id);
        assertThat(row.get("lives_in_county")).isEqualTo(Boolean.TRUE);
        assertThat(row.get("decided_at")).isNull();
        assertThat(row.get("submission_key")).isEqualTo(empty.submissionKey());
    }

    @Test
    void theAgeBandAndCountyAreKeptAsTheyWereWhenTheViewWasSent() {
        String leaver = testAccounts.create(Role.CARE_LEAVER);
        long id = views.submit(leaver, "My personal adviser always calls back.", "leaving-care");

        jdbc.update("update account set age_band = 'AGE_21_25', lives_in_county = false where id = ?",
                views.accountId(leaver));

        Map<String, Object> row = views.row(id);
        assertThat(row.get("author_role")).isEqualTo("CARE_LEAVER");
        assertThat(row.get("age_band")).isEqualTo("AGE_18_20");
        assertThat(row.get("lives_in_county")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void theDraftIsKeptUntilTheViewIsSent() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String key = runAs.user(young, () -> contributions.draft()).submissionKey();
        ContributionForm halfWay = new ContributionForm(key, "I would like more time with my", views.themeIds("family"),
                null, true, true);
        runAs.user(young, () -> contributions.saveDraft(halfWay));
        assertThat(runAs.user(young, () -> contributions.draft())).isEqualTo(halfWay);

        ContributionForm more = new ContributionForm(key, "I would like more time with my brother",
                views.themeIds("family", "activities"), Mood.HAPPY, true, true);
        runAs.user(young, () -> contributions.saveDraft(more));
        ContributionForm back = runAs.user(young, () -> contributions.draft());
        assertThat(back).isEqualTo(more);

        long id = runAs.user(young, () -> contributions.submit(back));
        assertThat(views.item(id).text()).isEqualTo("I would like more time with my brother");
        ContributionForm next = runAs.user(young, () -> contributions.draft());
        assertThat(next.text()).isEmpty();
        assertThat(next.themeIds()).isEmpty();
        assertThat(next.submissionKey()).as("a new view gets a new key").isNotEqualTo(key);
    }

    @Test
    void startingAgainThrowsTheDraftAway() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ContributionForm draft = views.form("Not sure about this", "money");
        runAs.user(young, () -> contributions.saveDraft(draft));
        runAs.user(young, () -> contributions.discardDraft());

        ContributionForm fresh = runAs.user(young, () -> contributions.draft());
        assertThat(fresh.text()).isEmpty();
        assertThat(fresh.submissionKey()).isNotEqualTo(draft.submissionKey());
        assertThat(jdbc.queryForObject("select count(*) from contribution_draft where account_id = ?", Integer.class,
                views.accountId(young))).isZero();
        assertThat(views.countBy(views.accountId(young))).isZero();
    }

    @Test
    void aDraftKeepsWhateverIsTypedButDropsHiddenCharacters() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        runAs.user(young, () -> contributions.saveDraft(new ContributionForm("not a key", "", List.of(), null,
                false, false)));
        ContributionForm empty = runAs.user(young, () -> contributions.draft());
        assertThat(empty.text()).isEmpty();
        assertThat(UUID.fromString(empty.submissionKey()).toString()).isEqualTo(empty.submissionKey());

        runAs.user(young, () -> contributions.saveDraft(with(empty, "x".repeat(100_000))));
        assertThat(runAs.user(young, () -> contributions.draft()).text())
                .hasSize(ContributionService.MAX_TEXT * 2);

        runAs.user(young, () -> contributions.saveDraft(with(empty, "tab\tand\nnew line, bell\u0007 and nul\u0000")));
        assertThat(runAs.user(young, () -> contributions.draft()).text())
                .isEqualTo("tab\tand\nnew line, bell and nul");
    }

    @Test
    void theSameFormSentTwiceIsStoredOnce() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ContributionForm form = views.form("There should be more youth clubs.", "activities");

        long first = views.submit(young, form);
        long second = views.submit(young, form);

        assertThat(second).isEqualTo(first);
        assertThat(views.countBy(views.accountId(young))).isEqualTo(1);
    }

    @Test
    void differentWordsSentFromAnOlderCopyOfTheFormAreANewViewNotLost() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ContributionForm phone = views.form("Sent from my phone", "money");
        ContributionForm laptop = with(phone, "Something different, typed in another tab");

        long fromPhone = views.submit(young, phone);
        long fromLaptop = views.submit(young, laptop);
        long laptopAgain = views.submit(young, laptop);

        assertThat(fromLaptop).isNotEqualTo(fromPhone);
        assertThat(laptopAgain).as("a double tap in the second tab").isEqualTo(fromLaptop);
        assertThat(views.item(fromLaptop).text()).isEqualTo("Something different, typed in another tab");
        assertThat(views.countBy(views.accountId(young))).isEqualTo(2);
    }

    @Test
    void anotherPersonsSubmissionKeyNeitherShowsTheirViewNorLosesMine() {
        String one = testAccounts.create(Role.YOUNG_PERSON);
        String two = testAccounts.create(Role.YOUNG_PERSON);
        ContributionForm form = views.form("Same words, same key", "money");

        long first = views.submit(one, form);
        long second = views.submit(two, form);

        assertThat(second).isNotEqualTo(first);
        assertThat(views.item(second).authorId()).isEqualTo(views.accountId(two));
        assertThat(views.countBy(views.accountId(two))).isEqualTo(1);
    }

    @Test
    void theSameFormSentFromTwoPlacesAtOnceIsStoredOnce() throws Exception {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                ContributionForm form = views.form("Double tap number " + round, "listened-to");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Long>> sent = new ArrayList<>();
                for (int tap = 0; tap < 2; tap++) {
                    sent.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return views.submit(young, form);
                    }));
                }
                assertThat(sent.get(0).get(30, TimeUnit.SECONDS)).isEqualTo(sent.get(1).get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(views.countBy(views.accountId(young))).isEqualTo(5);
    }

    @Test
    void emptyWordsAreRefused() {
        assertRefusedAndNothingStored(views.form("", "money"), "voice.textNeeded");
        assertRefusedAndNothingStored(views.form(" \n\t  ", "money"), "voice.textNeeded");
    }

    @Test
    void tooManyWordsAreRefused() {
        assertRefusedAndNothingStored(views.form("a".repeat(ContributionService.MAX_TEXT + 1), "money"),
                "form.tooLong");
        assertRefusedAndNothingStored(views.form("a".repeat(100_000), "money"), "form.tooLong");
    }

    @Test
    void theLongestViewAllowedIsCountedAsAPersonCountsIt() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String letters = "a".repeat(ContributionService.MAX_TEXT);
        String faces = "😀".repeat(ContributionService.MAX_TEXT);

        assertThat(views.item(views.submit(young, letters, "money")).text()).isEqualTo(letters);
        assertThat(views.item(views.submit(young, faces, "money")).text()).isEqualTo(faces);
    }

    @Test
    void hiddenControlCharactersAreRefused() {
        assertRefusedAndNothingStored(views.form("hello\u0000world", "money"), "form.controlCharacters");
        assertRefusedAndNothingStored(views.form("ding\u0007", "money"), "form.controlCharacters");
        assertRefusedAndNothingStored(views.form("reversed \u202Etxt.exe", "money"), "form.controlCharacters");
        assertRefusedAndNothingStored(views.form("hidden \uDB40\uDC68\uDB40\uDC69 text", "money"),
                "form.controlCharacters");
    }

    @Test
    void aViewNeedsOneToFiveThemes() {
        assertRefusedAndNothingStored(views.form("No theme chosen"), "voice.themeNeeded");
        assertRefusedAndNothingStored(views.form("Everything", "home", "school", "health", "family", "money", "safe"),
                "voice.tooManyThemes");

        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, withThemes(views.form("Five is fine"),
                views.themeIds("home", "school", "health", "family", "money", "money")));
        assertThat(views.item(id).themeIds()).hasSize(5);
    }

    @Test
    void aViewNeedsAFeeling() {
        assertRefusedAndNothingStored(withMood(views.form("How do I feel?", "health"), null), "voice.moodNeeded");
    }

    @Test
    void aThemeThatIsUnknownOrRetiredIsRefused() {
        assertRefusedAndNothingStored(withThemes(views.form("Unknown theme"), List.of(Long.MAX_VALUE)),
                "voice.themeGone");

        String code = "retired-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into theme (code, name, label, icon, description, active, sort_order)"
                + " values (?, 'Retired theme', 'Old', 'vaadin:close', 'No longer used', false, 999)", code);
        try {
            assertRefusedAndNothingStored(withThemes(views.form("Old theme", "money"),
                    List.of(views.themeId("money"), views.themeId(code))), "voice.themeGone");
        } finally {
            jdbc.update("delete from theme where code = ?", code);
        }
    }

    @Test
    void emojiRightToLeftMarkupAndSqlAreStoredExactlyAsTyped() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        List<String> texts = List.of(
                "I feel 😢 at night but my cat 🐈‍⬛ helps 👍🏽 and so does my family 👨‍👩‍👧 🇬🇧",
                "أريد أن أرى أخي كل أسبوع، من فضلكم \u200F!",
                "<script>alert('hi')</script><b>bold</b> &amp; <img src=x onerror=alert(1)>",
                "'; DROP TABLE contribution; -- and Robert'); DELETE FROM account WHERE ('1'='1",
                "Mixed English and עברית and 中文 and ქართული",
                "Come on England 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F"
                        + " and Wales 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73\uDB40\uDC7F");

        List<Long> ids = texts.stream().map(text -> views.submit(young, text, "listened-to")).toList();

        for (int i = 0; i < texts.size(); i++) {
            assertThat(views.row(ids.get(i)).get("text")).isEqualTo(texts.get(i));
        }
        List<MyContribution> mine = runAs.user(young, () -> contributions.mine(0, 10));
        assertThat(mine).extracting(MyContribution::text).containsExactlyInAnyOrderElementsOf(texts);
    }

    @Test
    void mySayListsOnlyMyOwnViewsNewestFirst() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String other = testAccounts.create(Role.YOUNG_PERSON);
        long first = views.submit(young, "First: more pocket money please", "money");
        long second = views.submit(young, "Second: my school is helping me", "school");
        views.submit(other, "Someone else's view", "money");

        assertThat(runAs.user(young, () -> contributions.mine(0, 10))).extracting(MyContribution::id)
                .containsExactly(second, first);
        assertThat(runAs.user(young, () -> contributions.mine(0, 1))).extracting(MyContribution::id)
                .containsExactly(second);
        assertThat(runAs.user(young, () -> contributions.mine(1, 1))).extracting(MyContribution::id)
                .containsExactly(first);
        assertThat(runAs.user(young, () -> contributions.countMine())).isEqualTo(2);
        assertThat(runAs.user(young, () -> contributions.countMineWaiting())).isEqualTo(2);

        QueueItem item = views.item(first);
        runAs.user(DemoUsers.WORKER, () -> moderation.approve(first, item.version(), null, item.themeIds()));

        assertThat(runAs.user(young, () -> contributions.countMine())).isEqualTo(2);
        assertThat(runAs.user(young, () -> contributions.countMineWaiting())).isEqualTo(1);
        assertThat(runAs.user(young, () -> contributions.mine(0, 10))).extracting(MyContribution::status)
                .containsExactly(ContributionStatus.WAITING, ContributionStatus.APPROVED);
        assertThat(runAs.user(other, () -> contributions.countMine())).isEqualTo(1);
    }

    @Test
    void staffAndBoardMembersCannotSendViews() {
        for (String staff : List.of(DemoUsers.WORKER, DemoUsers.BOARD, DemoUsers.ADMIN)) {
            ContributionForm form = views.form("Staff should not be able to send this", "money");
            assertThatThrownBy(() -> views.submit(staff, form)).as(staff).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(staff, () -> contributions.saveDraft(form))).as(staff)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(staff, () -> contributions.mine(0, 10))).as(staff)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(views.countBy(views.accountId(staff))).isZero();
        }
        assertThatThrownBy(() -> runAs.anonymous(() -> contributions.submit(views.form("Nobody", "money"))))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
