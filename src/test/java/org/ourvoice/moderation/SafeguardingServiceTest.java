package org.ourvoice.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourvoice.support.Refusals.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourvoice.common.RetentionHold;
import org.ourvoice.moderation.service.ConcernDetail;
import org.ourvoice.moderation.service.ConcernForm;
import org.ourvoice.moderation.service.ConcernSummary;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.moderation.service.SafeguardingService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.QueueItem;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Safeguarding concerns on a real MariaDB: raising, reading (audited), editing, closing, retention and erasure. */
@PortalTest
class SafeguardingServiceTest {

    private static final String WORKER = DemoUsers.WORKER;
    private static final ConcernForm FIRST_NOTES = new ConcernForm("The view says they want to hurt themselves",
            "Duty social worker, by phone", "Placement visited the same day", null);

    @Autowired
    SafeguardingService safeguarding;
    @Autowired
    ModerationService moderation;
    @Autowired
    ContributionService contributions;
    @Autowired
    SharedViewService shared;
    @Autowired
    List<RetentionHold> holds;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    TestViews views;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private long urgentView(String young) {
        return views.submit(young, "I want to hurt myself", "health");
    }

    private long raise(long contributionId) {
        return runAs.user(WORKER, () -> safeguarding.raise(contributionId, FIRST_NOTES));
    }

    private ConcernDetail read(long concernId) {
        return runAs.user(WORKER, () -> safeguarding.read(concernId));
    }

    private int concernsAbout(long contributionId) {
        return jdbc.queryForObject("select count(*) from safeguarding_concern where contribution_id = ?",
                Integer.class, contributionId);
    }

    private int audited(String action, long actorId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor_account_id = ?",
                Integer.class, action, actorId);
    }

    private boolean mustKeep(long accountId) {
        return holds.stream().anyMatch(h -> h.mustKeep(accountId));
    }

    /** Every text column of every table that contains the text. */
    private List<String> everywhere(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database()
                  and data_type in ('char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext')""");
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Integer count = jdbc.queryForObject("select count(*) from `" + table + "` where `" + name
                    + "` like concat('%', ?, '%')", Integer.class, text);
            if (count != null && count > 0) {
                hits.add(table + "." + name);
            }
        }
        return hits;
    }

    @Test
    void aWorkerRaisesAConcernFromAView() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long view = urgentView(young);

        long id = raise(view);

        ConcernDetail concern = read(id);
        assertThat(concern.contributionId()).isEqualTo(view);
        assertThat(concern.youngPerson()).isEqualTo(young);
        assertThat(concern.raisedBy()).isEqualTo(WORKER);
        assertThat(concern.seen()).isEqualTo(FIRST_NOTES.seen());
        assertThat(concern.whoTold()).isEqualTo(FIRST_NOTES.whoTold());
        assertThat(concern.actionTaken()).isEqualTo(FIRST_NOTES.actionTaken());
        assertThat(concern.outcome()).isNull();
        assertThat(concern.open()).isTrue();
        assertThat(views.audited("CONCERN_RAISED", "concern " + id)).isEqualTo(1);
        assertThat(runAs.user(WORKER, () -> moderation.open(view)).concerns()).isEqualTo(1);
    }

    @Test
    void aConcernNeedsWhatWasSeenWhoWasToldAndWhatWasDone() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long view = urgentView(young);

        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.raise(view,
                new ConcernForm(" ", "Duty team", "Visited", null))), "safeguarding.seenNeeded");
        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.raise(view,
                new ConcernForm("Seen", "", "Visited", null))), "safeguarding.whoToldNeeded");
        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.raise(view,
                new ConcernForm("Seen", "Duty team", "\n", null))), "safeguarding.actionNeeded");
        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.raise(view,
                new ConcernForm("s".repeat(SafeguardingService.MAX_TEXT + 1), "Duty team", "Visited", null))),
                "form.tooLong");
        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.raise(view,
                new ConcernForm("Seen", "w".repeat(SafeguardingService.MAX_WHO_TOLD + 1), "Visited", null))),
                "form.tooLong");
        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.raise(view,
                new ConcernForm("Seen\u0000", "Duty team", "Visited", null))), "form.controlCharacters");
        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.raise(Long.MAX_VALUE, FIRST_NOTES)),
                "moderation.gone");

        assertThat(concernsAbout(view)).isZero();
    }

    @Test
    void everyReadingOfAConcernIsAudited() {
        String worker = testAccounts.create(Role.WORKER);
        long id = raise(urgentView(testAccounts.create(Role.YOUNG_PERSON)));

        runAs.user(worker, () -> safeguarding.read(id));
        runAs.user(worker, () -> safeguarding.read(id));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CONCERN_READ'"
                + " and subject = ? and actor_account_id = ?", Integer.class, "concern " + id,
                views.accountId(worker))).isEqualTo(2);
        assertRefused(() -> runAs.user(worker, () -> safeguarding.read(Long.MAX_VALUE)), "safeguarding.gone");
    }

    @Test
    void listingConcernsIsAuditedAndShowsOpenOnesFirst() {
        String worker = testAccounts.create(Role.WORKER);
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long id = raise(urgentView(young));

        List<ConcernSummary> open = runAs.user(worker, () -> safeguarding.list(true, 0, 20));
        assertThat(audited("CONCERNS_LISTED", views.accountId(worker))).isEqualTo(1);
        List<ConcernSummary> all = runAs.user(worker, () -> safeguarding.list(false, 0, 20));
        assertThat(audited("CONCERNS_LISTED", views.accountId(worker))).isEqualTo(2);

        assertThat(open).allMatch(c -> c.closedAt() == null);
        assertThat(open).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> assertThat(c.youngPerson()).isEqualTo(young));
        assertThat(all).extracting(ConcernSummary::id).contains(id);
        assertThat(runAs.user(worker, () -> safeguarding.count(true))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anEditFromAStaleCopyIsRefusedAndTheNewerNotesKept() {
        long id = raise(urgentView(testAccounts.create(Role.YOUNG_PERSON)));
        String other = testAccounts.create(Role.WORKER);
        ConcernDetail seenByBoth = read(id);

        ConcernDetail updated = runAs.user(WORKER, () -> safeguarding.update(id, seenByBoth.version(),
                new ConcernForm(seenByBoth.seen(), seenByBoth.whoTold(), "Placement visited; GP appointment booked",
                        null)));
        assertThat(updated.version()).isGreaterThan(seenByBoth.version());

        assertRefused(() -> runAs.user(other, () -> safeguarding.update(id, seenByBoth.version(),
                new ConcernForm(seenByBoth.seen(), seenByBoth.whoTold(), "An older note", null))), "form.conflict");

        assertThat(read(id).actionTaken()).isEqualTo("Placement visited; GP appointment booked");
        assertThat(views.audited("CONCERN_UPDATED", "concern " + id)).isEqualTo(1);
    }

    @Test
    void closingNeedsAnOutcomeAndAClosedConcernCannotBeChanged() {
        long id = raise(urgentView(testAccounts.create(Role.YOUNG_PERSON)));
        ConcernDetail concern = read(id);

        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.close(id, concern.version(), FIRST_NOTES)),
                "safeguarding.outcomeNeeded");
        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.close(id, concern.version(),
                new ConcernForm(concern.seen(), concern.whoTold(), concern.actionTaken(), "   "))),
                "safeguarding.outcomeNeeded");
        assertThat(read(id).open()).isTrue();

        ConcernDetail closed = runAs.user(WORKER, () -> safeguarding.close(id, concern.version(),
                new ConcernForm(concern.seen(), concern.whoTold(), concern.actionTaken(),
                        "Support plan in place; no further action")));
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.outcome()).isEqualTo("Support plan in place; no further action");
        assertThat(views.audited("CONCERN_CLOSED", "concern " + id)).isEqualTo(1);

        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.update(id, closed.version(),
                new ConcernForm("Changed", "Changed", "Changed", null))), "safeguarding.closed");
        assertRefused(() -> runAs.user(WORKER, () -> safeguarding.close(id, closed.version(),
                new ConcernForm("Changed", "Changed", "Changed", "Changed"))), "safeguarding.closed");
        assertThat(read(id).seen()).isEqualTo(FIRST_NOTES.seen());
    }

    @Test
    void anOpenConcernKeepsTheYoungPersonsRecordsPastRetention() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long accountId = views.accountId(young);
        long view = urgentView(young);
        assertThat(mustKeep(accountId)).isFalse();

        long id = raise(view);
        assertThat(mustKeep(accountId)).isTrue();

        ConcernDetail concern = read(id);
        runAs.user(WORKER, () -> safeguarding.close(id, concern.version(), new ConcernForm(concern.seen(),
                concern.whoTold(), concern.actionTaken(), "Resolved with the young person")));
        assertThat(mustKeep(accountId)).isFalse();
    }

    @Test
    void onlyWorkersSeeConcerns() {
        long id = raise(urgentView(testAccounts.create(Role.YOUNG_PERSON)));
        for (String who : List.of(DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.BOARD, DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> runAs.user(who, () -> safeguarding.read(id))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.user(who, () -> safeguarding.list(false, 0, 10))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(views.audited("CONCERN_READ", "concern " + id)).isZero();
    }

    @Test
    void erasureDeletingTheViewsKeepsTheConcernWithoutThePerson() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long accountId = views.accountId(young);
        long view = urgentView(young);
        long other = views.submit(young, "Nothing worrying here", "money");
        long concern = raise(view);
        runAs.user(young, () -> contributions.saveDraft(views.form("An unsent draft", "money")));
        assertThat(everywhere(young)).isNotEmpty();

        testAccounts.erase(young, false);

        assertThat(jdbc.queryForObject("select count(*) from contribution where id in (?, ?)", Integer.class, view,
                other)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from contribution_theme where contribution_id in (?, ?)",
                Integer.class, view, other)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from contribution_draft where account_id = ?",
                Integer.class, accountId)).isZero();
        Map<String, Object> kept = jdbc.queryForMap("select account_id, seen from safeguarding_concern where id = ?",
                concern);
        assertThat(kept.get("account_id")).isNull();
        assertThat(kept.get("seen")).isEqualTo(FIRST_NOTES.seen());
        assertThat(read(concern).youngPerson()).isEmpty();
        assertThat(mustKeep(accountId)).isFalse();
        assertThat(everywhere(young)).as("text columns still holding the name").isEmpty();
    }

    @Test
    void erasureKeepingTheWordsRemovesTheNameFromViewsAndConcerns() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long accountId = views.accountId(young);
        long view = urgentView(young);
        ContributionForm named = views.form("Put my name on this one", "listened-to");
        long namedView = views.submit(young, new ContributionForm(named.submissionKey(), named.text(),
                named.themeIds(), named.mood(), true, false));
        QueueItem item = views.item(namedView);
        runAs.user(WORKER, () -> moderation.approve(namedView, item.version(), null, item.themeIds()));
        long concern = raise(view);

        testAccounts.erase(young, true);

        assertThat(views.row(view)).containsEntry("text", "I want to hurt myself").containsEntry("author_id", null)
                .containsEntry("show_name", false);
        assertThat(views.row(namedView)).containsEntry("text", "Put my name on this one")
                .containsEntry("author_id", null).containsEntry("show_name", false);
        assertThat(views.countBy(accountId)).isZero();
        long sharedCount = runAs.user(DemoUsers.BOARD, () -> shared.countShared(SharedFilter.all()));
        SharedView onBoard = runAs.user(DemoUsers.BOARD, () -> shared.shared(SharedFilter.all(), 0, (int) sharedCount)).stream()
                .filter(v -> v.id() == namedView).findFirst().orElseThrow();
        assertThat(onBoard.name()).isNull();
        assertThat(jdbc.queryForMap("select account_id from safeguarding_concern where id = ?", concern)
                .get("account_id")).isNull();
        assertThat(runAs.user(WORKER, () -> moderation.open(view)).authorName()).isEmpty();
        assertThat(everywhere(young)).as("text columns still holding the name").isEmpty();
    }
}
