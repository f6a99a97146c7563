package org.ourvoice.privacy.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourvoice.common.PersonalDataHolder;
import org.ourvoice.privacy.domain.DeletionRequest;
import org.ourvoice.privacy.domain.DeletionRequestRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The person's deletion requests; erasure removes the workers' notes about them. */
@Component
class DeletionRequestPersonalData implements PersonalDataHolder {

    private final DeletionRequestRepository requests;

    DeletionRequestPersonalData(DeletionRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.requests";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        return requests.findByAccountId(accountId).stream().map(r -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("asked", r.getRequestedAt().toString());
            row.put("status", r.getStatus().name());
            row.put("keep my words without my name", r.isKeepAnonymised() ? "yes" : "no");
            return row;
        }).toList();
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        requests.findByAccountId(accountId).forEach(DeletionRequest::forgetNote);
    }
}
