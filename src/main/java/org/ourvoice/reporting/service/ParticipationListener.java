package org.ourvoice.reporting.service;

import org.ourvoice.accounts.service.AccountDirectory;
import org.ourvoice.accounts.service.Profile;
import org.ourvoice.common.AttendedBoardMeeting;
import org.ourvoice.common.TookPart;
import org.ourvoice.reporting.domain.ParticipationLedger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each time a young person takes part into the ledger, in the same transaction, with their
 * cohort, age band, county and asylum-seeking status as they are now; and each board meeting a
 * young person attended.
 */
@Component
class ParticipationListener {

    private final ParticipationLedger ledger;
    private final AccountDirectory directory;

    ParticipationListener(ParticipationLedger ledger, AccountDirectory directory) {
        this.ledger = ledger;
        this.directory = directory;
    }

    @EventListener
    void on(TookPart tookPart) {
        directory.profile(tookPart.accountId()).filter(p -> p.role().isYoung()).ifPresent(profile ->
                ledger.record(ledger.participant(tookPart.accountId()), tookPart.kind().name(), tookPart.at(),
                        ParticipationMonths.monthOf(tookPart.at()), facts(profile)));
    }

    @EventListener
    void on(AttendedBoardMeeting attended) {
        ledger.recordBoardMeeting(ledger.participant(attended.accountId()), attended.meetingDate(),
                attended.recordedAt());
    }

    private ParticipationLedger.Facts facts(Profile profile) {
        return new ParticipationLedger.Facts(profile.role().name(),
                profile.ageBand() == null ? null : profile.ageBand().name(), profile.livesInCounty(),
                directory.asylumSeeking(profile.accountId()));
    }
}
