package org.ourvoice.notifications.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ourvoice.common.PersonalDataHolder;
import org.ourvoice.notifications.domain.NoticeRepository;
import org.ourvoice.ui.MessageBundles;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The person's inbox in "My data"; erasure deletes it. */
@Component
class NoticePersonalData implements PersonalDataHolder {

    private static final int MAX_EXPORTED = 5000;

    private final NoticeRepository notices;
    private final MessageBundles messages;

    NoticePersonalData(NoticeRepository notices, MessageBundles messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.inbox";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> export(long accountId) {
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(accountId, PageRequest.of(0, MAX_EXPORTED)).stream()
                .map(n -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("when", n.getCreatedAt().toString());
                    row.put("message", messages.getTranslation(n.getMessageKey(), Locale.ENGLISH,
                            (Object[]) n.getArguments()));
                    row.put("read", n.getReadAt() == null ? "no" : "yes");
                    return row;
                }).toList();
    }

    @Override
    @Transactional
    public void erase(long accountId, boolean keepAnonymised) {
        notices.deleteByRecipientId(accountId);
    }
}
