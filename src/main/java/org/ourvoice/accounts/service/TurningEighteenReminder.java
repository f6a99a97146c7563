package org.ourvoice.accounts.service;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.notifications.service.NotificationService.Delivery;
import org.ourvoice.security.Role;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every Monday, tells participation workers how many young people may have turned 18. One node sends it. */
@Component
class TurningEighteenReminder {

    private final AccountRepository accounts;
    private final NotificationService notifications;
    private final Clock clock;

    TurningEighteenReminder(AccountRepository accounts, NotificationService notifications, Clock clock) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 8 * * MON", zone = "Europe/London")
    @SchedulerLock(name = "turning-18", lockAtLeastFor = "PT5M")
    @Transactional
    public void remind() {
        long count = accounts.countMayHaveTurned18(AccountService.turning18Cutoff(clock.instant()));
        if (count > 0) {
            notifications.sendToRole(Role.WORKER, Delivery.INBOX, false, "turning18.notice", "turning-18",
                    Long.toString(count));
        }
    }
}
