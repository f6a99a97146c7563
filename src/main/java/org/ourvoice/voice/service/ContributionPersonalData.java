package org.ourvoice.voice.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ourvoice.common.PersonalDataHolder;
import org.ourvoice.voice.domain.Contribution;
import org.ourvoice.voice.domain.ContributionDraftRepository;
import org.ourvoice.voice.domain.ContributionRepository;
import org.ourvoice.voice.domain.ContributionStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The young person's views and unsent draft in "My data"; erasure deletes them or removes the name. */
@Component
class ContributionPersonalData implements PersonalDataHolder {

    private static final int MAX_EXPORTED = 10_000;

    private final ContributionRepository contributions;
    private final ContributionDraftRepository drafts;
    private final ApplicationEventPublisher events;

    ContributionPersonalData(ContributionRepository contributions, ContributionDraftRepository drafts,
            ApplicationEventPublisher events) {
        this.contributions = contributions;
        this.drafts = drafts;
        this.events = events;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.views";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Contribution c : contributions.findByAuthorIdOrderBySubmittedAtDescIdDesc(accountId,
                PageRequest.of(0, MAX_EXPORTED))) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("sent", c.getSubmittedAt().toString());
            row.put("words", c.getText());
            row.put("feeling", c.getMood() == null ? "" : c.getMood().name());
            row.put("about", c.getAbout() == null ? "a view of its own" : c.getAbout().toLowerCase(Locale.ROOT));
            row.put("name shown", c.isShowName() ? "yes" : "no");
            row.put("wants to talk", c.isWantsToTalk() ? "yes" : "no");
            row.put("status", c.getStatus().name());
            row.put("words shared", c.getPublishedText() == null ? "" : c.getPublishedText());
            row.put("reason", c.getReasonKind() == null ? "" : c.getReasonKind().name());
            row.put("reason in the worker's words", c.getReason() == null ? "" : c.getReason());
            rows.add(row);
        }
        drafts.findByAccountId(accountId).ifPresent(d -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("sent", "not sent yet (draft)");
            row.put("words", d.getText());
            rows.add(row);
        });
        return rows;
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        drafts.deleteByAccountId(accountId);
        if (keepAnonymised) {
            contributions.anonymiseAuthor(accountId);
        } else {
            List<Long> ids = contributions.idsByAuthor(accountId);
            contributions.findAllById(ids).stream().filter(c -> c.getStatus() == ContributionStatus.APPROVED && c.isView())
                    .forEach(c -> events.publishEvent(new ViewWithdrawn(ContributionModeration.facts(c))));
            contributions.deleteAllByIdInBatch(ids);
        }
    }
}
