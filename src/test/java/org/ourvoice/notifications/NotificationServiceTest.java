package org.ourvoice.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.notifications.service.NoticeItem;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.notifications.service.NotificationService.Delivery;
import org.ourvoice.security.Role;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.ourvoice.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Inbox messages and e-mail through a real SMTP server. */
@PortalTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    AccountDirectory directory;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    GreenMail greenMail;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMessageToARoleReachesEveryInboxAndEveryEmailAddress() throws Exception {
        String worker = testAccounts.create(Role.WORKER);
        transaction.executeWithoutResult(status -> notifications.sendToRole(Role.WORKER, Delivery.INBOX_AND_EMAIL,
                true, "test.notice", "moderation", "42"));

        List<NoticeItem> inbox = runAs.user(worker, () -> notifications.mine(0, 10));
        assertThat(inbox).hasSize(1);
        assertThat(inbox.getFirst().urgent()).isTrue();
        assertThat(inbox.getFirst().arguments()).containsExactly("42");
        assertThat(runAs.user(worker, () -> notifications.unreadCount())).isEqualTo(1);

        MimeMessage mail = TestMailServer.waitForMailTo(greenMail, worker + "@council.example").getFirst();
        assertThat(mail.getSubject()).isEqualTo("Test notice 42");
        assertThat(GreenMailUtil.getBody(mail)).contains("Something happened: 42");

        runAs.user(worker, () -> notifications.markAllRead());
        assertThat(runAs.user(worker, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void inboxOnlyMessagesSendNoEmailAndOthersCannotReadThem() {
        String young = testAccounts.create(Role.YOUNG_PERSON);
        String other = testAccounts.create(Role.YOUNG_PERSON);
        long youngId = directory.contactsInRole(Role.YOUNG_PERSON).stream()
                .filter(c -> c.displayName().equals(young)).findFirst().orElseThrow().accountId();
        int mailsBefore = greenMail.getReceivedMessages().length;

        transaction.executeWithoutResult(status -> notifications.send(List.of(youngId), Delivery.INBOX, false,
                "test.notice", null, "7"));

        assertThat(runAs.user(young, () -> notifications.countMine())).isEqualTo(1);
        assertThat(runAs.user(other, () -> notifications.countMine())).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(mailsBefore);
    }
}
