package org.ourvoice.board.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ourvoice.board.domain.BoardAction;
import org.ourvoice.board.domain.BoardActionRepository;
import org.ourvoice.board.domain.ReminderRun;
import org.ourvoice.board.domain.ReminderRunRepository;
import org.ourvoice.notifications.service.NotificationService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every Monday morning, tells each owner of an action due within 14 days or overdue, in the portal
 * and by e-mail. A ShedLock lock in the database makes one copy of the portal run it.
 */
@Component
public class ActionReminderJob {

    /** Actions due within this many days are reminded of. */
    static final int DAYS_AHEAD = 14;
    static final String TRACKER = "action-tracker";

    private final BoardActionRepository actions;
    private final ReminderRunRepository runs;
    private final NotificationService notifications;
    private final BoardReads reads;
    private final Clock clock;

    ActionReminderJob(BoardActionRepository actions, ReminderRunRepository runs, NotificationService notifications,
            BoardReads reads, Clock clock) {
        this.actions = actions;
        this.runs = runs;
        this.notifications = notifications;
        this.reads = reads;
        this.clock = clock;
    }

    /** Held for at least five minutes, so nodes whose clocks differ a little do not run it twice. */
    @Scheduled(cron = "0 0 8 * * MON", zone = "Europe/London")
    @SchedulerLock(name = "board-action-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    @Transactional
    public void weekly() {
        remind();
    }

    /** Sends the reminders now, without the lock: one message per owner, counting their actions. */
    @Transactional
    public ReminderRun remind() {
        LocalDate today = reads.today();
        List<BoardAction> due = actions.findOpenDueBy(today.plusDays(DAYS_AHEAD));
        Map<Long, int[]> byOwner = new LinkedHashMap<>();
        for (BoardAction a : due) {
            int[] counts = byOwner.computeIfAbsent(a.getOwnerId(), k -> new int[2]);
            counts[0]++;
            if (a.isOverdue(today)) {
                counts[1]++;
            }
        }
        byOwner.forEach((owner, counts) -> notifications.send(List.of(owner),
                NotificationService.Delivery.INBOX_AND_EMAIL, counts[1] > 0, "board.notice.reminder", TRACKER,
                String.valueOf(counts[0]), String.valueOf(counts[1])));
        return runs.save(new ReminderRun(clock.instant(), due.size(), byOwner.size()));
    }
}
