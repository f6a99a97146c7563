package org.ourvoice.accounts.service;

import java.time.Clock;
import org.ourvoice.accounts.domain.Account;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.common.TextRules;
import org.ourvoice.security.AccountPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security sign people in with their display name. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByDisplayName(TextRules.tidy(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AccountPrincipal(account.requireId(), account.getDisplayName(), account.getRole(),
                account.getPasswordHash(), account.isEnabled(), account.isLocked(clock.instant()),
                account.getLanguage().tag());
    }
}
