package org.ourvoice.voice.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.ourvoice.voice.service.ContributionForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second copy of the draft in the browser tab's session storage, for when the database cannot
 * be reached: a reload then still brings the words back. Session storage ends with the tab, so
 * nothing stays behind on a shared phone or computer.
 */
final class BrowserDraft {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserDraft.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Component owner;
    private final String key;

    BrowserDraft(Component owner, long accountId) {
        this.owner = owner;
        this.key = "ourvoice.draft." + accountId;
    }

    void keep(ContributionForm form) {
        owner.getElement().executeJs("try { sessionStorage.setItem($0, $1); } catch (e) {}", key,
                JSON.writeValueAsString(form));
    }

    void forget() {
        owner.getElement().executeJs("try { sessionStorage.removeItem($0); } catch (e) {}", key);
    }

    /** Reads the copy back, if the tab has one. */
    void recall(Consumer<ContributionForm> found) {
        owner.getElement().executeJs("try { return sessionStorage.getItem($0) || ''; } catch (e) { return ''; }", key)
                .then(String.class, json -> {
                    if (json == null || json.isBlank()) {
                        return;
                    }
                    try {
                        found.accept(JSON.readValue(json, ContributionForm.class));
                    } catch (JacksonException e) {
                        LOG.debug("Ignoring a draft copy the browser kept in an older shape");
                    }
                });
    }
}
