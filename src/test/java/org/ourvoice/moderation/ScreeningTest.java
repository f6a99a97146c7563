package org.ourvoice.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ourvoice.moderation.domain.PhraseKind;
import org.ourvoice.moderation.service.PhraseItem;
import org.ourvoice.moderation.service.ScreeningPhraseService;
import org.ourvoice.notifications.service.NoticeItem;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestMailServer;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Screening of every new view on a real MariaDB: flags, the alert to workers, and the phrase lists workers keep. */
@PortalTest
class ScreeningTest {

    private static final String URGENT_NOTICE = "moderation.notice.urgent";

    @Autowired
    ContributionService contributions;
    @Autowired
    ScreeningPhraseService phrases;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GreenMail greenMail;

    private Map<Long, Integer> urgentNoticesByWorker() {
        List<Long> workers = jdbc.queryForList("select id from account where role = 'WORKER' and enabled = true",
                Long.class);
        Map<Long, Integer> counts = new HashMap<>();
        for (long worker : workers) {
            counts.put(worker, jdbc.queryForObject("select count(*) from notice where recipient_id = ?"
                    + " and message_key = ? and urgent = true", Integer.class, worker, URGENT_NOTICE));
        }
        return counts;
    }

    private boolean urgent(long contributionId) {
        return (Boolean) views.row(contributionId).get("urgent");
    }

    private boolean personalInfo(long contributionId) {
        return (Boolean) views.row(contributionId).get("personal_info");
    }

    /** Two made-up words no view would contain by chance; letters only, as digits would be read as letters. */
    private static String madeUpPhrase() {
        StringBuilder phrase = new StringBuilder("zorblax ");
        for (int i = 0; i < 8; i++) {
            phrase.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return phrase.toString();
    }

    private PhraseItem listed(PhraseKind kind, String phrase) {
        return runAs.user(DemoUsers.WORKER, () -> phrases.list(kind)).stream()
                .filter(p -> p.phrase().equals(phrase)).findFirst().orElseThrow();
    }

    @Test
    void anUrgentViewIsFlaggedAndEveryWorkerIsToldAtOnceWithoutTheWords() throws Exception {
        String worker = testAccounts.create(Role.WORKER);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        Map<Long, Integer> before = urgentNoticesByWorker();
        String words = "Sometimes I want to hurt myself when nobody at the placement listens";

        long id = views.submit(young, words, "health");

        assertThat(urgent(id)).isTrue();
        Map<Long, Integer> after = urgentNoticesByWorker();
        assertThat(after.keySet()).contains(views.accountId(DemoUsers.WORKER), views.accountId(worker));
        after.forEach((workerId, count) -> assertThat(count).as("urgent notices for worker " + workerId)
                .isEqualTo(before.getOrDefault(workerId, 0) + 1));

        NoticeItem notice = runAs.user(worker, () -> notifications.mine(0, 10)).getFirst();
        assertThat(notice.messageKey()).isEqualTo(URGENT_NOTICE);
        assertThat(notice.urgent()).isTrue();
        assertThat(String.join(" ", notice.arguments())).doesNotContain("hurt", young);

        MimeMessage mail = TestMailServer.waitForMailTo(greenMail, worker + "@council.example").stream()
                .filter(m -> {
                    try {
                        return m.getSubject().equals("OurVoice: urgent safeguarding flag");
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("may show a risk of harm").doesNotContain("hurt myself", "placement", young);
        assertThat(mail.getSubject()).doesNotContain("hurt", young);
        assertThat(TestMailServer.waitForMailTo(greenMail, "priya.worker@demo.invalid")).isNotEmpty();
    }

    @Test
    void theYoungPersonSeesNoFlagOnTheirOwnView() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = views.submit(young, "I want to kill myself", "health");
        assertThat(urgent(id)).isTrue();

        MyContribution mine = runAs.user(young, () -> contributions.mine(0, 10)).getFirst();
        assertThat(mine.id()).isEqualTo(id);
        assertThat(mine.status()).isEqualTo(ContributionStatus.WAITING);
        assertThat(Arrays.stream(MyContribution.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(name -> name.contains("urgent") || name.contains("personal") || name.contains("flag"));
        assertThat(runAs.user(young, () -> notifications.countMine())).as("nothing in the young person's inbox")
                .isZero();
    }

    @Test
    void personalDetailsSetTheirOwnFlagAndAreNotUrgent() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        Map<Long, Integer> before = urgentNoticesByWorker();

        long phone = views.submit(young, "My foster carer is lovely, ask her on 07700 900123", "home");
        long email = views.submit(young, "Write to jade.k@example.com about clubs", "activities");
        long plain = views.submit(young, "I saw Mum on Monday and it was nice", "family");

        assertThat(personalInfo(phone)).isTrue();
        assertThat(personalInfo(email)).isTrue();
        assertThat(personalInfo(plain)).isFalse();
        assertThat(urgent(phone)).isFalse();
        assertThat(urgent(email)).isFalse();
        assertThat(urgentNoticesByWorker()).isEqualTo(before);
    }

    @Test
    void wantingToTalkTellsWorkersInTheirInboxWithoutAnEmail() throws Exception {
        String worker = testAccounts.create(Role.WORKER);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ContributionForm form = views.form("Can someone explain my pathway plan?", "leaving-care");
        views.submit(young, new ContributionForm(form.submissionKey(), form.text(), form.themeIds(), Mood.OK, false,
                true));

        NoticeItem notice = runAs.user(worker, () -> notifications.mine(0, 10)).getFirst();
        assertThat(notice.messageKey()).isEqualTo("moderation.notice.wantsToTalk");
        assertThat(notice.urgent()).isFalse();
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(Object::toString);
            } catch (Exception e) {
                return Stream.empty();
            }
        }).collect(Collectors.toList())).doesNotContain(worker + "@council.example");
    }

    @Test
    void aPhraseAWorkerAddsFlagsTheNextViewAndRetiringItStopsThat() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String phrase = madeUpPhrase();
        String sentence = "they keep saying " + phrase + " to me";
        assertThat(urgent(views.submit(young, sentence, "safe"))).as("not on the list yet").isFalse();

        runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.URGENT, "  " + phrase.toUpperCase() + "  "));
        try {
            PhraseItem added = listed(PhraseKind.URGENT, phrase);
            assertThat(added.active()).isTrue();
            assertThat(runAs.user(DemoUsers.WORKER, () -> phrases.test(sentence)).urgentPhrases()).contains(phrase);
            assertThat(urgent(views.submit(young, sentence, "safe"))).as("on the list").isTrue();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PHRASE_ADDED'"
                    + " and detail = ?", Integer.class, phrase)).isEqualTo(1);

            runAs.user(DemoUsers.WORKER, () -> phrases.retire(added.id()));
            assertThat(listed(PhraseKind.URGENT, phrase).active()).isFalse();
            assertThat(urgent(views.submit(young, sentence, "safe"))).as("retired").isFalse();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PHRASE_RETIRED'"
                    + " and detail = ?", Integer.class, phrase)).isEqualTo(1);

            runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.URGENT, phrase));
            assertThat(listed(PhraseKind.URGENT, phrase)).as("brought back, not listed twice")
                    .extracting(PhraseItem::id, PhraseItem::active).containsExactly(added.id(), true);
            assertThat(urgent(views.submit(young, sentence, "safe"))).as("brought back").isTrue();
        } finally {
            runAs.user(DemoUsers.WORKER, () -> phrases.retire(listed(PhraseKind.URGENT, phrase).id()));
        }
    }

    @Test
    void aPersonalDetailsPhraseSetsThePersonalFlag() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String phrase = madeUpPhrase();
        runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.PERSONAL, phrase));
        try {
            long id = views.submit(young, "my gamer tag is " + phrase, "activities");
            assertThat(personalInfo(id)).isTrue();
            assertThat(urgent(id)).isFalse();
        } finally {
            runAs.user(DemoUsers.WORKER, () -> phrases.retire(listed(PhraseKind.PERSONAL, phrase).id()));
        }
    }

    @Test
    void aPhraseAlreadyListedOrEmptyIsRefused() {
        String phrase = madeUpPhrase();
        runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.URGENT, phrase));
        try {
            assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.URGENT, phrase)),
                    "phrases.already");
            assertRefused(() -> runAs.user(DemoUsers.WORKER,
                    () -> phrases.add(PhraseKind.URGENT, " " + phrase.toUpperCase().replace(" ", "   "))),
                    "phrases.already");
            assertThat(runAs.user(DemoUsers.WORKER, () -> phrases.list(PhraseKind.URGENT)))
                    .filteredOn(p -> p.phrase().equals(phrase)).hasSize(1);
        } finally {
            runAs.user(DemoUsers.WORKER, () -> phrases.retire(listed(PhraseKind.URGENT, phrase).id()));
        }
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.URGENT, "  ")),
                "phrases.needed");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.URGENT, " * ")),
                "phrases.needed");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.URGENT, "bad\u0000word")),
                "form.controlCharacters");
        assertRefused(() -> runAs.user(DemoUsers.WORKER, () -> phrases.add(PhraseKind.URGENT, "a".repeat(101))),
                "form.tooLong");
    }

    @Test
    void onlyWorkersKeepThePhraseLists() {
        for (String who : List.of(DemoUsers.YOUNG_PERSON, DemoUsers.BOARD, DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> runAs.user(who, () -> phrases.list(PhraseKind.URGENT))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> phrases.add(PhraseKind.URGENT, madeUpPhrase()))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void screeningNeverRefusesAView() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String words = "I want to die, he hits me, I ran away, call me on 07700 900123 or mr.x@example.com, "
                + "I live at 4 Privet Drive SW1A 1AA, my teacher Mr Smith knows 😢";

        long id = views.submit(young, words, "safe", "home");

        assertThat(views.row(id)).containsEntry("text", words).containsEntry("status", "WAITING")
                .containsEntry("urgent", true).containsEntry("personal_info", true);
        assertThat(runAs.user(young, () -> contributions.countMine())).isEqualTo(1);
    }
}
