package org.ourvoice.opportunities.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ourvoice.common.PersonalDataHolder;
import org.ourvoice.opportunities.domain.OpportunityRepository;
import org.ourvoice.opportunities.domain.SignUp;
import org.ourvoice.opportunities.domain.SignUpRepository;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The young person's sign-ups and the support they asked for, in "My data"; erasure deletes them
 * (what they took part in stays counted, without their name, in the engagement figures), and a place
 * they held at something not yet started goes to the next person waiting.
 */
@Component
class OpportunityPersonalData implements PersonalDataHolder {

    private final SignUpRepository signUps;
    private final OpportunityRepository opportunities;
    private final FreePlaces freePlaces;
    private final Clock clock;

    OpportunityPersonalData(SignUpRepository signUps, OpportunityRepository opportunities, FreePlaces freePlaces,
            Clock clock) {
        this.signUps = signUps;
        this.opportunities = opportunities;
        this.freePlaces = freePlaces;
        this.clock = clock;
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
        List<Long> placesHeld = signUps.findByAccountIdOrderByQueuedAtDesc(accountId).stream()
                .filter(s -> s.getStatus() == SignUpStatus.PLACE).map(SignUp::getOpportunityId).toList();
        signUps.deleteByAccount(accountId);
        Instant now = clock.instant();
        for (long opportunityId : placesHeld) {
            opportunities.lockById(opportunityId).filter(o -> !o.hasStarted(now)).ifPresent(freePlaces::fill);
        }
    }

    @Override
    public int erasureOrder() {
        return -10;
    }
}
