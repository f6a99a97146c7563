package org.ourvoice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.ourvoice.common.Language;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A language menu that shows each language in its own script, and a note while a translation
 * still awaits review by a native speaker. Choosing reloads the screen in that language.
 */
public class LanguagePicker extends Div {

    public LanguagePicker(ApplicationEventPublisher events, boolean signedIn) {
        addClassName("language-picker");
        Language current = Language.of(UI.getCurrent().getLocale());
        Select<Language> select = new Select<>();
        select.setId("language");
        select.setLabel(getTranslation("language.label"));
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::nativeName);
        select.setValue(current);
        select.addValueChangeListener(change -> {
            if (change.getValue() == null || !change.isFromClient()) {
                return;
            }
            PortalLanguage.choose(UI.getCurrent(), change.getValue());
            if (signedIn) {
                events.publishEvent(new LanguageChosen(change.getValue()));
            }
            UI.getCurrent().getPage().reload();
        });
        add(select);
        if (current.awaitsReview()) {
            Span note = new Span(getTranslation("language.awaitingReview"));
            note.addClassName("translation-note");
            add(note);
        }
    }
}
