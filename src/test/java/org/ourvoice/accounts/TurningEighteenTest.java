package org.ourvoice.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.AccountSummary;
import org.ourvoice.security.Role;
import org.ourvoice.support.DemoUsers;
import org.ourvoice.support.PortalTest;
import org.ourvoice.support.RunAs;
import org.ourvoice.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A 16-17 whose age was given over a year ago is offered to a worker to move to care leaver. */
@PortalTest
class TurningEighteenTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private String sixteenSince(long days) {
        String name = testAccounts.create(Role.YOUNG_PERSON);
        jdbc.update("update account set age_band = 'AGE_16_17', age_band_confirmed_at = ? where display_name = ?",
                Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), name);
        return name;
    }

    private AccountSummary listed(String name) {
        return runAs.user(DemoUsers.WORKER, () -> accounts.mayHaveTurned18(0, 1000)).stream()
                .filter(a -> a.displayName().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aWorkerMovesSomeoneWhoTurned18AndConfirmsSomeoneStillUnder18() {
        String older = sixteenSince(400);
        String stillUnder = sixteenSince(380);
        String recent = sixteenSince(100);

        assertThat(listed(recent)).isNull();
        AccountSummary move = listed(older);
        runAs.user(DemoUsers.WORKER, () -> accounts.changeRole(move.id(), Role.CARE_LEAVER, move.version()));
        var moved = repository.findByDisplayName(older).orElseThrow();
        assertThat(moved.getRole()).isEqualTo(Role.CARE_LEAVER);
        assertThat(moved.getAgeBand()).isEqualTo(AgeBand.AGE_18_20);
        assertThat(listed(older)).isNull();

        AccountSummary check = listed(stillUnder);
        runAs.user(DemoUsers.WORKER, () -> accounts.confirmStillUnder18(check.id(), check.version()));
        assertThat(listed(stillUnder)).isNull();
        assertThat(repository.findByDisplayName(stillUnder).orElseThrow().getRole()).isEqualTo(Role.YOUNG_PERSON);
    }
}
