package org.ourvoice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Reads the screen's main text aloud with the browser's own speech synthesis, in the page's
 * language: nothing is sent to any speech service. Hidden where the browser cannot speak.
 */
public class ReadAloudButton extends Button {

    private boolean speaking;

    public ReadAloudButton() {
        super(VaadinIcon.VOLUME_UP.create());
        setText(getTranslation("readAloud.start"));
        setId("read-aloud");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClassName("read-aloud");
        addClickListener(click -> toggle());
        getElement().addEventListener("read-aloud-ended", ended -> {
            speaking = false;
            setText(getTranslation("readAloud.start"));
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("return 'speechSynthesis' in window").then(Boolean.class, this::setVisible);
    }

    private void toggle() {
        if (speaking) {
            getElement().executeJs("window.speechSynthesis.cancel()");
            speaking = false;
        } else {
            getElement().executeJs("""
                    const area = document.getElementById('main-content') || document.querySelector('main') || document.body;
                    const words = new SpeechSynthesisUtterance(area.innerText);
                    words.lang = document.documentElement.lang || 'en';
                    const button = this;
                    words.onend = () => button.dispatchEvent(new CustomEvent('read-aloud-ended'));
                    window.speechSynthesis.cancel();
                    window.speechSynthesis.speak(words);""");
            speaking = true;
        }
        setText(getTranslation(speaking ? "readAloud.stop" : "readAloud.start"));
    }
}
