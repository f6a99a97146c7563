package org.ourvoice.accounts.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.domain.Invitation;
import org.ourvoice.accounts.domain.InvitationRepository;
import org.ourvoice.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation has nobody to send the first invitation. While the portal has no
 * administrator, each start makes one administrator invitation (valid for three days) and writes
 * its link to the server log, which only the people running the server can read.
 */
@Component
@ConditionalOnProperty(name = "ourvoice.demo.enabled", havingValue = "false")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    static final Duration VALID_FOR = Duration.ofDays(3);

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final Clock clock;

    FirstAdministrator(AccountRepository accounts, InvitationRepository invitations, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        if (accounts.existsByRole(Role.ADMIN)
                || invitations.existsByRoleAndCreatedByIsNullAndUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfter(
                        Role.ADMIN, now)) {
            return;
        }
        String code = InvitationCode.generate();
        invitations.save(new Invitation(InvitationCode.hash(code), Role.ADMIN, "first administrator", null, now,
                now.plus(VALID_FOR)));
        LOG.warn("OurVoice has no administrator yet. Open /join/{} within 3 days to create the first one.", code);
    }
}
