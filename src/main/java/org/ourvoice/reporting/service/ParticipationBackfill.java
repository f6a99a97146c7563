package org.ourvoice.reporting.service;

import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.common.TookPart;
import org.ourvoice.reporting.domain.ParticipationLedger;
import org.ourvoice.voice.service.ContributionHistory;
import org.ourvoice.voice.service.WrittenAbout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views, answers and pledge suggestions written before the engagement figures existed are counted
 * too: the first start copies them into the ledger, once, on one node. Copying again changes nothing.
 */
@Component
public class ParticipationBackfill {

    static final String JOB = "contributions";
    private static final int PAGE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ParticipationBackfill.class);

    private final ContributionHistory history;
    private final ParticipationLedger ledger;
    private final AccountDirectory directory;
    private final Clock clock;

    ParticipationBackfill(ContributionHistory history, ParticipationLedger ledger, AccountDirectory directory,
            Clock clock) {
        this.history = history;
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "participation-backfill", lockAtMostFor = "PT30M")
    public void onStart() {
        if (!ledger.done(JOB)) {
            int copied = copyContributions();
            ledger.markDone(JOB, clock.instant());
            LOG.info("Counted {} earlier pieces of writing as taking part", copied);
        }
    }

    /** Copies every piece of writing that counts as taking part; returns how many were new to the ledger. */
    @Transactional
    public int copyContributions() {
        int copied = 0;
        long after = 0;
        List<ContributionHistory.Written> page;
        do {
            page = history.after(after, PAGE);
            for (ContributionHistory.Written w : page) {
                after = w.id();
                TookPart.Kind kind = kindOf(w.about());
                if (kind == null || !w.authorRole().isYoung()) {
                    continue;
                }
                boolean added = ledger.record(ledger.participant(w.authorId()), kind.name(), w.submittedAt(),
                        ParticipationMonths.monthOf(w.submittedAt()), new ParticipationLedger.Facts(
                                w.authorRole().name(), w.ageBand(), w.livesInCounty(),
                                directory.asylumSeeking(w.authorId())));
                copied += added ? 1 : 0;
            }
        } while (page.size() == PAGE);
        return copied;
    }

    /** Feedback on an event is not counted: coming to it already was. */
    static TookPart.@Nullable Kind kindOf(@Nullable WrittenAbout about) {
        if (about == null) {
            return TookPart.Kind.SUBMITTED_VIEW;
        }
        return switch (about) {
            case RESPONSE -> TookPart.Kind.ANSWERED_RESPONSE;
            case PLEDGE_SUGGESTION, PLEDGE_COMMENT -> TookPart.Kind.SHAPED_PLEDGE;
            case EVENT_FEEDBACK -> null;
        };
    }
}
