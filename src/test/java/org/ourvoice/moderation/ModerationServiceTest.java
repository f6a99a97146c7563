package org.ourvoice.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.moderation.service.ModerationDetail;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.ourvoice.voice.service.QueueFilter;
import org.ourvoice.voice.service.QueueFilter.Flag;
import org.ourvoice.voice.service.QueueItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The moderation queue on a real MariaDB: its order and filters, every decision, two workers at once, the audit trail. */
@PortalTest
class ModerationServiceTest {

    private static final String WORKER = DemoUsers.WORKER;

    @Autowired
    ModerationService moderation;
    @Autowired
    ContributionService contributions;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    /** The whole queue for the filter, however long other tests have made it. */
    private List<QueueItem> queue(QueueFilter filter) {
        long count = runAs.user(WORKER, () -> moderation.countQueue(filter));
        List<QueueItem> items = runAs.user(WORKER, () -> moderation.queue(filter, 0, (int) Math.max(1, count)));
        assertThat(items).hasSize((int) count);
        return items;
    }

    private static List<Long> ids(List<QueueItem> items) {
        return items.stream().map(QueueItem::id).toList();
    }

    private int noticesTo(String young, String messageKey) {
        return jdbc.queryForObject("select count(*) from notice where recipient_id = ? and message_key = ?",
                Integer.class, views.accountId(young), messageKey);
    }

    private int decisionsAudited(long id) {
        return views.audited("VIEW_APPROVED", "view " + id) + views.audited("VIEW_NOT_SHARED", "view " + id);
    }

    private QueueItem approve(String worker, long id, String redacted) {
        QueueItem item = views.item(id);
        return runAs.user(worker, () -> moderation.approve(id, item.version(), redacted, item.themeIds()));
    }

    private QueueItem notShare(String worker, long id, NotSharedReason kind, String ownWords) {
        QueueItem item = views.item(id);
        return runAs.user(worker, () -> moderation.notShare(id, item.version(), kind, ownWords));
    }

    @Test
    void urgentViewsComeFirstThenTheLongestWaiting() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long first = views.submit(young, "First: the bus pass costs too much", "money");
        long second = views.submit(young, "Second: I like my new school", "school");
        long urgent = views.submit(young, "Third: I want to end my life", "health");
        long fourth = views.submit(young, "Fourth: more trips please", "activities");

        List<QueueItem> all = queue(QueueFilter.all());

        assertThat(ids(all)).filteredOn(List.of(first, second, urgent, fourth)::contains)
                .containsExactly(urgent, first, second, fourth);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(QueueItem::urgent).reversed()
                .thenComparing(QueueItem::submittedAt).thenComparing(QueueItem::id));
        assertThat(all).allMatch(i -> i.status() == ContributionStatus.WAITING);
    }

    @Test
    void theQueueFiltersByFlagThemeAndAgeBand() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String leaver = testAccounts.create(Role.CARE_LEAVER);
        long plain = views.submit(young, "Pocket money should go up", "money");
        ContributionForm talk = views.form("Can I talk to someone about school?", "school");
        long wantsToTalk = views.submit(young, new ContributionForm(talk.submissionKey(), talk.text(),
                talk.themeIds(), Mood.UNHAPPY, false, true));
        long personal = views.submit(young, "Ring my carer on 07700 900123 about money", "money");
        long urgent = views.submit(young, "He hits me when I get home", "safe");
        long older = views.submit(leaver, "The leaving care grant is too small", "money");
        List<Long> mine = List.of(plain, wantsToTalk, personal, urgent, older);

        List<QueueItem> urgentOnly = queue(new QueueFilter(Flag.URGENT, null, null));
        assertThat(ids(urgentOnly)).filteredOn(mine::contains).containsExactly(urgent);
        assertThat(urgentOnly).allMatch(QueueItem::urgent);

        List<QueueItem> personalOnly = queue(new QueueFilter(Flag.PERSONAL_INFO, null, null));
        assertThat(ids(personalOnly)).filteredOn(mine::contains).containsExactly(personal);
        assertThat(personalOnly).allMatch(QueueItem::personalInfo);

        List<QueueItem> talkOnly = queue(new QueueFilter(Flag.WANTS_TO_TALK, null, null));
        assertThat(ids(talkOnly)).filteredOn(mine::contains).containsExactly(wantsToTalk);
        assertThat(talkOnly).allMatch(QueueItem::wantsToTalk);

        long money = views.themeId("money");
        List<QueueItem> aboutMoney = queue(new QueueFilter(Flag.ANY, money, null));
        assertThat(ids(aboutMoney)).filteredOn(mine::contains).containsExactlyInAnyOrder(plain, personal, older);
        assertThat(aboutMoney).allMatch(i -> i.themeIds().contains(money));

        List<QueueItem> careLeavers = queue(new QueueFilter(Flag.ANY, null, "AGE_18_20"));
        assertThat(ids(careLeavers)).filteredOn(mine::contains).containsExactly(older);
        assertThat(careLeavers).allMatch(i -> "AGE_18_20".equals(i.ageBand()));

        assertThat(ids(queue(new QueueFilter(Flag.PERSONAL_INFO, money, "AGE_8_10")))).filteredOn(mine::contains)
                .containsExactly(personal);
    }

    @Test
    void openingAViewShowsWhoWroteItAndWhatScreeningFound() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "I want to die, text me on 07700 900123", "health");

        ModerationDetail detail = runAs.user(WORKER, () -> moderation.open(id));

        assertThat(detail.authorName()).isEqualTo(young);
        assertThat(detail.item().id()).isEqualTo(id);
        assertThat(detail.screening().urgentPhrases()).contains("want to die");
        assertThat(detail.screening().personalDetails()).contains("phone number");
        assertThat(detail.concerns()).isZero();
        assertRefused(() -> runAs.user(WORKER, () -> moderation.open(Long.MAX_VALUE)), "moderation.gone");
    }

    @Test
    void approvingAsWrittenSharesTheWordsTellsTheAuthorAndIsAudited() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "Reviews should be at a time that suits me", "social-workers");

        QueueItem done = approve(WORKER, id, "   ");

        assertThat(done.status()).isEqualTo(ContributionStatus.APPROVED);
        assertThat(done.publishedText()).isNull();
        Map<String, Object> row = views.row(id);
        assertThat(row.get("decided_by")).isEqualTo(views.accountId(WORKER));
        assertThat(row.get("decided_at")).isNotNull();
        assertThat(ids(queue(QueueFilter.all()))).doesNotContain(id);
        assertThat(jdbc.queryForMap("select actor_account_id, detail from audit_entry where action = 'VIEW_APPROVED'"
                + " and subject = ?", "view " + id)).containsEntry("actor_account_id", views.accountId(WORKER))
                .containsEntry("detail", "as written");

        assertThat(noticesTo(young, "voice.notice.approved")).isEqualTo(1);
        MyContribution mine = runAs.user(young, () -> contributions.mine(0, 1)).getFirst();
        assertThat(mine.status()).isEqualTo(ContributionStatus.APPROVED);
        assertThat(mine.decidedAt()).isNotNull();
    }

    @Test
    void approvingWithARedactedCopySharesTheCopyAndKeepsTheOriginal() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String original = "My carer Mrs Patel on 07700 900123 is brilliant";
        long id = views.submit(young, original, "home");
        QueueItem item = views.item(id);

        assertRefused(() -> runAs.user(WORKER, () -> moderation.approve(id, item.version(), "x".repeat(2001),
                item.themeIds())), "form.tooLong");
        assertRefused(() -> runAs.user(WORKER, () -> moderation.approve(id, item.version(), "bad\u0007copy",
                item.themeIds())), "form.controlCharacters");
        assertRefused(() -> runAs.user(WORKER, () -> moderation.approve(id, item.version(), null, List.of())),
                "moderation.themeNeeded");
        assertRefused(() -> runAs.user(WORKER, () -> moderation.approve(id, item.version(), null,
                List.of(Long.MAX_VALUE))), "moderation.themeGone");
        assertThat(views.item(id).status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(views.audited("VIEW_APPROVED", "view " + id)).isZero();

        QueueItem done = runAs.user(WORKER, () -> moderation.approve(id, item.version(),
                "  My carer is brilliant  ", views.themeIds("home", "listened-to")));

        assertThat(done.publishedText()).isEqualTo("My carer is brilliant");
        assertThat(done.text()).isEqualTo(original);
        assertThat(done.themeIds()).containsExactlyInAnyOrderElementsOf(views.themeIds("home", "listened-to"));
        assertThat(views.row(id)).containsEntry("published_text", "My carer is brilliant")
                .containsEntry("text", original);
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'VIEW_APPROVED'"
                + " and subject = ?", String.class, "view " + id)).isEqualTo("redacted copy shared");
    }

    @Test
    void notSharingWithAListedReasonTellsTheAuthorWhy() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "asdf jkl", "listened-to");

        QueueItem done = notShare(WORKER, id, NotSharedReason.NOT_CLEAR, null);

        assertThat(done.status()).isEqualTo(ContributionStatus.NOT_SHARED);
        assertThat(done.reasonKind()).isEqualTo(NotSharedReason.NOT_CLEAR);
        assertThat(done.reason()).isNull();
        assertThat(views.row(id)).containsEntry("decided_by", views.accountId(WORKER));
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'VIEW_NOT_SHARED'"
                + " and subject = ?", String.class, "view " + id)).isEqualTo("NOT_CLEAR");
        assertThat(noticesTo(young, "voice.notice.notShared")).isEqualTo(1);

        MyContribution mine = runAs.user(young, () -> contributions.mine(0, 1)).getFirst();
        assertThat(mine.status()).isEqualTo(ContributionStatus.NOT_SHARED);
        assertThat(mine.reasonKind()).isEqualTo(NotSharedReason.NOT_CLEAR);
        assertThat(runAs.user(young, () -> contributions.countMineWaiting())).isZero();
    }

    @Test
    void notSharingForAnotherReasonNeedsTheWorkersOwnWords() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "The same as I said last week about contact", "family");
        QueueItem item = views.item(id);

        assertRefused(() -> runAs.user(WORKER, () -> moderation.notShare(id, item.version(), NotSharedReason.OTHER,
                null)), "moderation.reasonNeeded");
        assertRefused(() -> runAs.user(WORKER, () -> moderation.notShare(id, item.version(), NotSharedReason.OTHER,
                " \n ")), "moderation.reasonNeeded");
        assertRefused(() -> runAs.user(WORKER, () -> moderation.notShare(id, item.version(), NotSharedReason.OTHER,
                "y".repeat(ModerationService.MAX_REASON + 1))), "form.tooLong");
        assertThat(views.item(id).status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(noticesTo(young, "voice.notice.notShared")).isZero();

        String reason = "We will bring this to the next meeting with your other views about contact";
        notShare(WORKER, id, NotSharedReason.OTHER, "  " + reason + "  ");

        MyContribution mine = runAs.user(young, () -> contributions.mine(0, 1)).getFirst();
        assertThat(mine.status()).isEqualTo(ContributionStatus.NOT_SHARED);
        assertThat(mine.reasonKind()).isEqualTo(NotSharedReason.OTHER);
        assertThat(mine.reason()).isEqualTo(reason);
        assertThat(noticesTo(young, "voice.notice.notShared")).isEqualTo(1);
        assertThat(views.audited("VIEW_NOT_SHARED", "view " + id)).isEqualTo(1);
    }

    @Test
    void changingThemesKeepsTheViewWaitingAndIsAudited() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "I want to learn to cook before I leave care", "school");
        QueueItem item = views.item(id);

        assertRefused(() -> runAs.user(WORKER, () -> moderation.changeThemes(id, item.version(), List.of())),
                "moderation.themeNeeded");
        QueueItem changed = runAs.user(WORKER, () -> moderation.changeThemes(id, item.version(),
                views.themeIds("leaving-care", "money", "leaving-care")));

        assertThat(changed.themeIds()).containsExactlyInAnyOrderElementsOf(views.themeIds("leaving-care", "money"));
        assertThat(changed.status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(changed.version()).isGreaterThan(item.version());
        assertThat(jdbc.queryForList("select theme_id from contribution_theme where contribution_id = ?", Long.class,
                id)).containsExactlyInAnyOrderElementsOf(views.themeIds("leaving-care", "money"));
        assertThat(views.audited("VIEW_THEMES_CHANGED", "view " + id)).isEqualTo(1);
        assertThat(runAs.user(young, () -> contributions.mine(0, 1)).getFirst().themeIds())
                .containsExactlyInAnyOrderElementsOf(views.themeIds("leaving-care", "money"));
    }

    @Test
    void aSecondWorkerCannotDecideAViewAlreadyDecided() {
        String other = testAccounts.create(Role.WORKER);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "More help with driving lessons", "leaving-care");
        QueueItem seenByBoth = views.item(id);

        runAs.user(WORKER, () -> moderation.approve(id, seenByBoth.version(), null, seenByBoth.themeIds()));

        assertRefused(() -> runAs.user(other, () -> moderation.notShare(id, seenByBoth.version(),
                NotSharedReason.ALREADY_SAID, null)), "moderation.alreadyDecided");
        assertRefused(() -> runAs.user(other, () -> moderation.approve(id, seenByBoth.version(), "changed",
                seenByBoth.themeIds())), "moderation.alreadyDecided");
        assertRefused(() -> runAs.user(other, () -> moderation.changeThemes(id, seenByBoth.version(),
                views.themeIds("money"))), "moderation.alreadyDecided");

        assertThat(views.row(id)).containsEntry("status", "APPROVED").containsEntry("decided_by",
                views.accountId(WORKER));
        assertThat(views.row(id).get("published_text")).isNull();
        assertThat(decisionsAudited(id)).isEqualTo(1);
        assertThat(noticesTo(young, "voice.notice.approved") + noticesTo(young, "voice.notice.notShared"))
                .isEqualTo(1);
    }

    @Test
    void aWorkerActingOnAStaleCopyIsToldItChangedMeanwhile() {
        String other = testAccounts.create(Role.WORKER);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "I would like to see my sister more", "family");
        QueueItem stale = views.item(id);

        runAs.user(WORKER, () -> moderation.changeThemes(id, stale.version(), views.themeIds("family", "home")));

        assertRefused(() -> runAs.user(other, () -> moderation.approve(id, stale.version(), null,
                stale.themeIds())), "moderation.changedMeanwhile");
        assertThat(views.item(id).status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(decisionsAudited(id)).isZero();

        QueueItem fresh = views.item(id);
        runAs.user(other, () -> moderation.approve(id, fresh.version(), null, fresh.themeIds()));
        assertThat(views.row(id)).containsEntry("decided_by", views.accountId(other));
    }

    @Test
    void twoWorkersDecidingAtTheSameMomentStoreExactlyOneDecision() throws Exception {
        String other = testAccounts.create(Role.WORKER);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long id = views.submit(young, "Round " + round + ": youth club on Saturdays", "activities");
                QueueItem item = views.item(id);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<QueueItem>> actions = List.of(
                        () -> {
                            together.await(10, TimeUnit.SECONDS);
                            return runAs.user(WORKER, () -> moderation.approve(id, item.version(), null,
                                    item.themeIds()));
                        },
                        () -> {
                            together.await(10, TimeUnit.SECONDS);
                            return runAs.user(other, () -> moderation.notShare(id, item.version(),
                                    NotSharedReason.ALREADY_SAID, null));
                        });
                List<Future<QueueItem>> results = new ArrayList<>();
                actions.forEach(a -> results.add(pool.submit(a)));

                int decided = 0;
                List<String> refusals = new ArrayList<>();
                for (Future<QueueItem> result : results) {
                    try {
                        result.get(30, TimeUnit.SECONDS);
                        decided++;
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(UserFacingException.class);
                        refusals.add(((UserFacingException) e.getCause()).messageKey());
                    }
                }
                assertThat(decided).as("round " + round).isEqualTo(1);
                assertThat(refusals).singleElement().isIn("moderation.alreadyDecided", "moderation.changedMeanwhile");
                assertThat(views.item(id).status()).isNotEqualTo(ContributionStatus.WAITING);
                assertThat(decisionsAudited(id)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(noticesTo(young, "voice.notice.approved") + noticesTo(young, "voice.notice.notShared"))
                .isEqualTo(4);
    }

    @Test
    void onlyParticipationWorkersModerate() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "Nobody else should be able to approve this", "money");
        QueueItem item = views.item(id);

        for (String who : List.of(young, DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.BOARD,
                DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> runAs.user(who, () -> moderation.queue(QueueFilter.all(), 0, 10))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> moderation.countQueue(QueueFilter.all()))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> moderation.open(id))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> moderation.approve(id, item.version(), null,
                    item.themeIds()))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> moderation.notShare(id, item.version(),
                    NotSharedReason.NOT_CLEAR, null))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> moderation.changeThemes(id, item.version(),
                    item.themeIds()))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(views.item(id).status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(views.item(id).version()).isEqualTo(item.version());
        assertThat(decisionsAudited(id)).isZero();
    }
}
