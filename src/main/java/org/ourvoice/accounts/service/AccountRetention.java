package org.ourvoice.accounts.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the retention job needs from accounts: who has been away too long, and turning staff accounts off. */
@Component
public class AccountRetention {

    private final AccountRepository accounts;

    AccountRetention(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<Long> youngPeopleInactiveSince(Instant cutoff) {
        return accounts.inactiveSince(EnumSet.of(Role.YOUNG_PERSON, Role.CARE_LEAVER), cutoff);
    }

    /** Turns off staff accounts unused since the cutoff; returns how many were still on. */
    @Transactional
    public int disableStaffInactiveSince(Instant cutoff) {
        List<Long> ids = accounts.inactiveSince(EnumSet.of(Role.WORKER, Role.BOARD, Role.ADMIN), cutoff);
        int turnedOff = 0;
        for (var account : accounts.findAllById(ids)) {
            if (account.isEnabled() && account.getRole() != Role.ADMIN) {
                account.disable();
                turnedOff++;
            }
        }
        return turnedOff;
    }
}
