package org.ourvoice.moderation.service;

import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.notifications.service.NotificationService.Delivery;
import org.ourvoice.security.Role;
import org.ourvoice.voice.service.ContributionModeration;
import org.ourvoice.voice.service.ContributionSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Screens every new view in the transaction that stores it. An urgent flag tells every
 * participation worker at once, in the portal and by e-mail (the e-mail goes after the view is
 * safely stored); the message carries no words of the young person.
 */
@Component
class ScreeningListener {

    private final Screening screening;
    private final ContributionModeration contributions;
    private final NotificationService notifications;

    ScreeningListener(Screening screening, ContributionModeration contributions, NotificationService notifications) {
        this.screening = screening;
        this.contributions = contributions;
        this.notifications = notifications;
    }

    @EventListener
    void on(ContributionSubmitted submitted) {
        ScreeningResult result = screening.screen(submitted.text());
        if (result.urgent() || result.personal()) {
            contributions.flag(submitted.contributionId(), result.urgent(), result.personal());
        }
        if (result.urgent()) {
            notifications.sendToRole(Role.WORKER, Delivery.INBOX_AND_EMAIL, true, "moderation.notice.urgent",
                    "moderation");
        } else if (submitted.wantsToTalk()) {
            notifications.sendToRole(Role.WORKER, Delivery.INBOX, false, "moderation.notice.wantsToTalk",
                    "moderation");
        }
    }
}
