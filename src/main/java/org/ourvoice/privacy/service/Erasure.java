package org.ourvoice.privacy.service;

import java.util.Comparator;
import java.util.List;
import org.ourvoice.common.PersonalDataHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Erases one account across every feature that holds personal data, records before the account itself. */
@Component
class Erasure {

    private final List<PersonalDataHolder> holders;

    Erasure(List<PersonalDataHolder> holders) {
        this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalDataHolder::erasureOrder)).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(long accountId, boolean keepAnonymised) {
        for (PersonalDataHolder holder : holders) {
            holder.erase(accountId, keepAnonymised);
        }
    }

    /** The holders, account first, for showing and exporting. */
    List<PersonalDataHolder> forShowing() {
        return holders.reversed();
    }
}
