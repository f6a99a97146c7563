package org.ourvoice.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestViews;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.QueueItem;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** What the board reads on a real MariaDB: approved views only, the redacted copy, a name only when chosen. */
@PortalTest
class SharedViewServiceTest {

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

    /** Everything shared (with the theme, if given), as the demo board member reads it. */
    private List<SharedView> board(@Nullable Long themeId) {
        long count = runAs.user(DemoUsers.BOARD, () -> shared.countShared(SharedFilter.theme(themeId)));
        List<SharedView> all = runAs.user(DemoUsers.BOARD, () -> shared.shared(SharedFilter.theme(themeId), 0, (int) Math.max(1, count)));
        assertThat(all).hasSize((int) count);
        return all;
    }

    private SharedView boardSees(long id) {
        return board(null).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    private void approve(long id, @Nullable String redacted) {
        QueueItem item = views.item(id);
        runAs.user(DemoUsers.WORKER, () -> moderation.approve(id, item.version(), redacted, item.themeIds()));
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theBoardSeesApprovedViewsOnlyNewestDecisionFirst() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long waiting = views.submit(young, "Still waiting " + marker(), "money");
        long notShared = views.submit(young, "Not shared " + marker(), "money");
        long approvedFirst = views.submit(young, "Approved first " + marker(), "money");
        long approvedLast = views.submit(young, "Approved last " + marker(), "money");
        QueueItem item = views.item(notShared);
        runAs.user(DemoUsers.WORKER, () -> moderation.notShare(notShared, item.version(), NotSharedReason.NOT_CLEAR,
                null));
        approve(approvedFirst, null);
        approve(approvedLast, null);

        List<SharedView> all = board(null);

        assertThat(all).extracting(SharedView::id).filteredOn(List.of(waiting, notShared, approvedFirst,
                approvedLast)::contains).containsExactly(approvedLast, approvedFirst);
        List<Long> ids = all.stream().map(SharedView::id).toList();
        assertThat(jdbc.queryForList("select distinct status from contribution where id in ("
                + String.join(",", ids.stream().map(String::valueOf).toList()) + ")", String.class))
                .containsExactly("APPROVED");
        assertThat(boardSees(approvedLast).text()).startsWith("Approved last ");
        assertThat(runAs.user(DemoUsers.BOARD, () -> shared.countShared(SharedFilter.all()))).isEqualTo(all.size());
    }

    @Test
    void aRedactedViewShowsOnlyTheCopyNeverTheOriginal() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String secret = marker();
        long id = views.submit(young, "My carer Mrs Patel " + secret + " is brilliant", "home");

        approve(id, "My carer is brilliant");

        assertThat(boardSees(id).text()).isEqualTo("My carer is brilliant");
        assertThat(board(null)).extracting(SharedView::text).noneMatch(t -> t.contains(secret));
        assertThat(board(views.themeId("home"))).extracting(SharedView::text).noneMatch(t -> t.contains(secret));
    }

    @Test
    void aNameIsShownOnlyWhenTheYoungPersonChoseIt() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        ContributionForm named = views.form("Please put my name on this " + marker(), "listened-to");
        long withName = views.submit(young, new ContributionForm(named.submissionKey(), named.text(),
                named.themeIds(), named.mood(), true, false));
        long withoutName = views.submit(young, "Keep my name off this " + marker(), "listened-to");
        approve(withName, null);
        approve(withoutName, null);

        assertThat(boardSees(withName).name()).isEqualTo(young);
        assertThat(boardSees(withoutName).name()).isNull();
        assertThat(boardSees(withoutName).text()).doesNotContain(young);
    }

    @Test
    void theBoardCanNarrowToATheme() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        long money = views.submit(young, "Money view " + marker(), "money");
        long school = views.submit(young, "School view " + marker(), "school");
        approve(money, null);
        approve(school, null);
        long moneyTheme = views.themeId("money");

        List<SharedView> aboutMoney = board(moneyTheme);

        assertThat(aboutMoney).extracting(SharedView::id).contains(money).doesNotContain(school);
        assertThat(aboutMoney).allMatch(v -> v.themeIds().contains(moneyTheme));
    }

    @Test
    void onlyTheBoardAndWorkersReadSharedViews() {
        assertThat(runAs.user(DemoUsers.WORKER, () -> shared.countShared(SharedFilter.all())))
                .isEqualTo(runAs.user(DemoUsers.BOARD, () -> shared.countShared(SharedFilter.all())));
        for (String who : List.of(DemoUsers.YOUNG_PERSON, DemoUsers.CARE_LEAVER, DemoUsers.ADMIN)) {
            assertThatThrownBy(() -> runAs.user(who, () -> shared.shared(SharedFilter.all(), 0, 10))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
