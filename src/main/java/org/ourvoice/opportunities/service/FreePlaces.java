package org.ourvoice.opportunities.service;

import java.util.ArrayList;
import java.util.List;
import org.ourvoice.notifications.service.NotificationService;
import org.ourvoice.opportunities.domain.Opportunity;
import org.ourvoice.opportunities.domain.SignUp;
import org.ourvoice.opportunities.domain.SignUpRepository;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.springframework.stereotype.Component;

/**
 * A place that comes free goes to the first person waiting, in the order they asked, who is told in
 * the portal and by e-mail: when someone cancels, and when someone's account is erased.
 */
@Component
class FreePlaces {

    private final SignUpRepository signUps;
    private final NotificationService notifications;

    FreePlaces(SignUpRepository signUps, NotificationService notifications) {
        this.signUps = signUps;
        this.notifications = notifications;
    }

    /** Gives each free place of the opportunity (locked by the caller) to the next person waiting. */
    void fill(Opportunity opportunity) {
        long opportunityId = opportunity.requireId();
        long free = opportunity.getPlaces() - signUps.countByOpportunityIdAndStatus(opportunityId, SignUpStatus.PLACE);
        List<SignUp> waiting = signUps.findByOpportunityIdAndStatusOrderByQueuedAtAscIdAsc(opportunityId,
                SignUpStatus.WAITING);
        List<Long> told = new ArrayList<>();
        for (int i = 0; i < free && i < waiting.size(); i++) {
            SignUp next = waiting.get(i);
            next.givePlace();
            signUps.save(next);
            told.add(next.getAccountId());
        }
        signUps.flush();
        if (!told.isEmpty()) {
            notifications.send(told, NotificationService.Delivery.INBOX_AND_EMAIL, false,
                    "opportunity.notice.placeFree", "things-to-join", opportunity.getTitle(),
                    OpportunityService.formatWhen(opportunity.getStartsAt()));
        }
    }
}
