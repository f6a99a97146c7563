package org.ourvoice.audit.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourvoice.audit.domain.AuditEntryRepository;
import org.ourvoice.common.PersonalDataHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own lines in the audit trail. Erasure removes their name and id from those lines;
 * the lines themselves stay, because the trail must still show that the actions happened.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

    private static final int MAX_EXPORTED = 5000;

    private final AuditEntryRepository entries;

    AuditPersonalData(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.audit";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        return entries.findByActorAccountIdOrderByOccurredAtDesc(accountId, PageRequest.of(0, MAX_EXPORTED)).stream()
                .map(e -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("when", e.getOccurredAt().toString());
                    row.put("what", e.getAction());
                    return row;
                }).toList();
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        entries.forgetActor(accountId);
    }
}
