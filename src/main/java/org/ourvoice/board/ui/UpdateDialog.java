package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.ourvoice.board.service.ActionItem;
import org.ourvoice.common.UserFacingException;

/** A dated progress update on an action. */
class UpdateDialog extends Dialog {

    UpdateDialog(ActionItem action, Consumer<String> save) {
        setHeaderTitle(getTranslation("board.action.update") + ": " + action.title());
        setWidth("min(36rem, 100vw)");
        TextArea text = new TextArea(getTranslation("board.action.updateText"));
        text.setId("update-text");
        text.setMaxLength(1000);
        text.setWidthFull();
        add(text);
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            FieldErrors.clear(text);
            try {
                save.accept(text.getValue());
                close();
            } catch (UserFacingException refused) {
                FieldErrors.show(this, refused, Map.of(), text);
            }
        });
        saveButton.setId("update-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), saveButton);
    }
}
