package org.ourvoice.opportunities.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourvoice.common.PersonalDataHolder;
import org.ourvoice.opportunities.domain.OpportunityRepository;
import org.ourvoice.opportunities.domain.SignUp;
import org.ourvoice.opportunities.domain.SignUpRepository;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The young person's sign-ups and the support they asked for, in "My data"; erasure deletes them
 * (what they took part in stays counted, without their name, in the engagement figures).
 */
@Component
class OpportunityPersonalData implements PersonalDataHolder {

    private final SignUpRepository signUps;
    private final OpportunityRepository opportunities;

    OpportunityPersonalData(SignUpRepository signUps, OpportunityRepository opportunities) {
        this.signUps = signUps;
        this.opportunities = opportunities;
    }

    @Override
    public String sectionKey() {
        return "opportunity.section.signUps";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (SignUp s : signUps.findByAccountIdOrderByQueuedAtDesc(accountId)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("opportunity", opportunities.findById(s.getOpportunityId()).map(o -> o.getTitle()).orElse(""));
            row.put("signed up", s.getQueuedAt().toString());
            row.put("status", s.getStatus().name());
            SupportNeeds needs = s.needs();
            row.put("transport", needs.transport() ? "yes" : "no");
            row.put("interpreter", needs.interpreter()
                    ? "yes" + (needs.interpreterLanguage() == null ? "" : " (" + needs.interpreterLanguage() + ")")
                    : "no");
            row.put("someone to come with you", needs.companion() ? "yes" : "no");
            row.put("access needs", needs.accessNeeds() == null ? "" : needs.accessNeeds());
            row.put("came", s.getAttended() == null ? "" : s.getAttended() ? "yes" : "no");
            rows.add(row);
        }
        return rows;
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        signUps.deleteByAccount(accountId);
    }

    @Override
    public int erasureOrder() {
        return -10;
    }
}
