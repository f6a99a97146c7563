package org.ourvoice.reporting.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourvoice.common.PersonalDataHolder;
import org.ourvoice.reporting.domain.ParticipationLedger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the young person took part, in "My data". Erasure unlinks them from their participant
 * number: the council's evidence keeps counting what they did, but no longer knows it was them.
 */
@Component
class ReportingPersonalData implements PersonalDataHolder {

    private final ParticipationLedger ledger;

    ReportingPersonalData(ParticipationLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String sectionKey() {
        return "opportunity.section.tookPart";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        return ledger.entries(accountId).stream().map(e -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("took part", e.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            row.put("when", e.at().toString());
            return row;
        }).toList();
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        ledger.unlink(accountId);
    }
}
