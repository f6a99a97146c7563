package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.ourvoice.ui.Notices;

/**
 * A short form for one idea or comment: the words, whether to show the young person's name, and
 * Send. The form keeps one key until it is sent, so tapping Send twice stores it once; a refusal
 * shows on the field and keeps the words.
 */
class IdeaForm extends Div {

    /** What sending does: the words, name shown or not, and the form's key; returns whether it was stored. */
    interface Sender {
        boolean send(TextArea field, String text, boolean showName, String key);
    }

    private final TextArea text = new TextArea();
    private final Checkbox showName = new Checkbox();
    private String key = UUID.randomUUID().toString();

    IdeaForm(String idPrefix, String labelKey, int maxLength, Sender sender, Runnable afterSent) {
        addClassName("idea-form");
        text.setId(idPrefix + "-text");
        text.setLabel(getTranslation(labelKey));
        text.setMaxLength(maxLength);
        text.setWidthFull();
        showName.setId(idPrefix + "-name");
        showName.setLabel(getTranslation("pledges.shape.showName"));
        Button send = new Button(getTranslation("pledges.shape.send"));
        send.setId(idPrefix + "-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(click -> {
            if (sender.send(text, text.getValue(), showName.getValue(), key)) {
                text.clear();
                showName.clear();
                key = UUID.randomUUID().toString();
                Notices.success(getTranslation("pledges.shape.thanks"));
                afterSent.run();
            }
        });
        add(text, showName, send);
    }
}
