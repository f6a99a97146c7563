package org.ourvoice.moderation.service;

import java.util.List;
import java.util.Map;
import org.ourvoice.common.PersonalDataHolder;
import org.ourvoice.common.RetentionHold;
import org.ourvoice.moderation.domain.SafeguardingConcern;
import org.ourvoice.moderation.domain.SafeguardingConcernRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding records and a young person's data rights. "My data" says that such records may
 * exist without showing them (they are for workers, and may be withheld by law); an open concern
 * keeps the account past the retention period; erasure keeps the record but removes the link to
 * the person, so the council can still show what it did.
 */
@Component
class ConcernPersonalData implements PersonalDataHolder, RetentionHold {

    private final SafeguardingConcernRepository concerns;

    ConcernPersonalData(SafeguardingConcernRepository concerns) {
        this.concerns = concerns;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.safeguarding";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        long count = concerns.countByAccountId(accountId);
        return count == 0 ? List.of() : List.of(Map.of("records kept by participation workers", String.valueOf(count)));
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        concerns.findByAccountId(accountId).forEach(SafeguardingConcern::unlink);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mustKeep(long accountId) {
        return concerns.existsByAccountIdAndClosedAtIsNull(accountId);
    }
}
