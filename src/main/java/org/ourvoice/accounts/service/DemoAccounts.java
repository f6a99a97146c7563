package org.ourvoice.accounts.service;

import java.time.Clock;
import org.ourvoice.accounts.domain.Account;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates demo accounts directly, bypassing invitations; exists only when demo mode is on. */
@Component
@ConditionalOnProperty(name = "ourvoice.demo.enabled", havingValue = "true")
public class DemoAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless one with that name exists already (the demo data survives restarts). */
    @Transactional
    public void ensure(Role role, String displayName, String password) {
        if (accounts.existsByDisplayName(displayName)) {
            return;
        }
        AgeBand band = role.isYoung() ? AgeBand.forRole(role).getLast() : null;
        Boolean inCounty = role.isYoung() ? Boolean.TRUE : null;
        String email = role.isYoung() ? null : displayName.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@demo.invalid";
        accounts.save(new Account(displayName, passwordEncoder.encode(password), role, band, inCounty, email,
                clock.instant()));
    }
}
