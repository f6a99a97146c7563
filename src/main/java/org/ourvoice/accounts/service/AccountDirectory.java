package org.ourvoice.accounts.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourvoice.accounts.domain.Account;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.notifications.service.Recipients;
import org.ourvoice.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups other features' services need about accounts (who to notify, a person's cohort).
 * Not for views: it returns contact details, so screens go through the services that use it.
 */
@Component
public class AccountDirectory implements Recipients {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Enabled accounts in the role, with their contact details. */
    @Transactional(readOnly = true)
    public List<Contact> contactsInRole(Role role) {
        return accounts.findByRoleAndEnabledTrue(role).stream().map(AccountDirectory::contact).toList();
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(AccountDirectory::contact).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> inRole(Role role) {
        return contactsInRole(role).stream().map(c -> new Recipient(c.accountId(), c.email(), c.locale())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> byIds(Collection<Long> accountIds) {
        return contacts(accountIds).stream().map(c -> new Recipient(c.accountId(), c.email(), c.locale())).toList();
    }

    /** The profile a young person had when they took part, for breakdowns by cohort, age and county. */
    @Transactional(readOnly = true)
    public Optional<Profile> profile(long accountId) {
        return accounts.findById(accountId).map(a -> new Profile(a.requireId(), a.getDisplayName(), a.getRole(),
                a.getAgeBand(), a.getLivesInCounty()));
    }

    /**
     * Whether a worker recorded the young person as an unaccompanied asylum-seeking child, for
     * engagement figures; {@code null} when not recorded.
     */
    @Transactional(readOnly = true)
    public @Nullable Boolean asylumSeeking(long accountId) {
        return accounts.findById(accountId).map(Account::getUnaccompaniedAsylumSeeking).orElse(null);
    }

    private static Contact contact(Account account) {
        return new Contact(account.requireId(), account.getDisplayName(), account.getEmail(),
                account.getLanguage().locale());
    }
}
