package org.ourvoice.accounts.service;

import org.ourvoice.ui.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers on the account the language a signed-in person picks in the menu. */
@Component
class LanguageChoices {

    private final AccountService accounts;

    LanguageChoices(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void chosen(LanguageChosen event) {
        accounts.chooseLanguage(event.language());
    }
}
