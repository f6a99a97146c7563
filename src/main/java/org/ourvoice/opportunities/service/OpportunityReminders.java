package org.ourvoice.opportunities.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.opportunities.domain.Opportunity;
import org.ourvoice.opportunities.domain.OpportunityRepository;
import org.ourvoice.opportunities.domain.SignUp;
import org.ourvoice.opportunities.domain.SignUpRepository;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, reminds each young person with a place at something happening tomorrow (by the
 * UK calendar, whatever the clocks did overnight), unless it was cancelled. One node runs it, and each person is reminded
 * once however often it runs.
 */
@Component
public class OpportunityReminders {

    private final OpportunityRepository opportunities;
    private final SignUpRepository signUps;
    private final NotificationService notifications;
    private final Clock clock;

    OpportunityReminders(OpportunityRepository opportunities, SignUpRepository signUps,
            NotificationService notifications, Clock clock) {
        this.opportunities = opportunities;
        this.signUps = signUps;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Held for at least five minutes, so nodes whose clocks differ a little do not both run it. */
    @Scheduled(cron = "0 0 9 * * *", zone = "Europe/London")
    @SchedulerLock(name = "opportunity-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    @Transactional
    public void daily() {
        remind(clock.instant());
    }

    /** Sends tomorrow's reminders as of {@code now}; returns how many young people were reminded. */
    @Transactional
    public int remind(Instant now) {
        LocalDate tomorrow = now.atZone(OpportunityService.UK).toLocalDate().plusDays(1);
        Instant from = tomorrow.atStartOfDay(OpportunityService.UK).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(OpportunityService.UK).toInstant().minusNanos(1000);
        int reminded = 0;
        for (Opportunity opportunity : opportunities.findByStartsAtBetweenAndCancelledAtIsNullOrderByStartsAtAsc(from, to)) {
            List<SignUp> due = signUps.findByOpportunityIdInAndStatusAndRemindedAtIsNull(
                    List.of(opportunity.requireId()), SignUpStatus.PLACE);
            if (due.isEmpty()) {
                continue;
            }
            due.forEach(s -> s.reminded(now));
            signUps.saveAllAndFlush(due);
            notifications.send(due.stream().map(SignUp::getAccountId).toList(),
                    NotificationService.Delivery.INBOX_AND_EMAIL, false, "opportunity.notice.reminder",
                    "things-to-join", opportunity.getTitle(), OpportunityService.formatWhen(opportunity.getStartsAt()),
                    opportunity.getPlace() != null ? opportunity.getPlace() : "online");
            reminded += due.size();
        }
        return reminded;
    }
}
