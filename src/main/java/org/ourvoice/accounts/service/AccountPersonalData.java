package org.ourvoice.accounts.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourvoice.accounts.domain.Account;
import org.ourvoice.accounts.domain.AccountRepository;
import org.ourvoice.accounts.domain.InvitationRepository;
import org.ourvoice.common.PersonalDataHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account itself in "My data", and its anonymisation on erasure (always last). */
@Component
class AccountPersonalData implements PersonalDataHolder {

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountPersonalData(AccountRepository accounts, InvitationRepository invitations,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.account";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        return accounts.findById(accountId).map(a -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", a.getDisplayName());
            row.put("account type", a.getRole().name());
            row.put("age band", a.getAgeBand() == null ? "" : a.getAgeBand().name());
            row.put("lives in the county", a.getLivesInCounty() == null ? "" : a.getLivesInCounty().toString());
            row.put("email", a.getEmail() == null ? "" : a.getEmail());
            row.put("language", a.getLanguage().tag());
            row.put("made", a.getCreatedAt().toString());
            row.put("last signed in", a.getLastSignInAt() == null ? "" : a.getLastSignInAt().toString());
            return List.of(row);
        }).orElse(List.of());
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        invitations.forgetNotesAbout(accountId);
        accounts.findById(accountId).ifPresent(account -> account.anonymise(placeholder(account),
                passwordEncoder.encode(UUID.randomUUID().toString()), clock.instant()));
    }

    private static String placeholder(Account account) {
        return "Erased " + account.requireId() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Override
    public int erasureOrder() {
        return 1000;
    }
}
