package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;
import org.ourvoice.board.domain.ActionStatus;
import org.ourvoice.board.service.ActionItem;
import org.ourvoice.common.UserFacingException;

/** Moves an action on; "not possible" asks for an explanation young people will read. */
class StatusDialog extends Dialog {

    StatusDialog(ActionItem action, BiConsumer<ActionStatus, String> save) {
        setHeaderTitle(getTranslation("board.action.changeStatus") + ": " + action.title());
        setWidth("min(36rem, 100vw)");
        Select<ActionStatus> status = new Select<>();
        status.setId("status-choice");
        status.setLabel(getTranslation("board.action.status"));
        status.setItems(Arrays.asList(ActionStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(action.status());
        status.setWidthFull();
        TextArea explanation = new TextArea(getTranslation("board.action.explanation"));
        explanation.setId("status-explanation");
        explanation.setMaxLength(1000);
        explanation.setWidthFull();
        explanation.setValue(action.explanation() == null ? "" : action.explanation());
        explanation.setVisible(action.status() == ActionStatus.NOT_POSSIBLE);
        status.addValueChangeListener(e -> explanation.setVisible(e.getValue() == ActionStatus.NOT_POSSIBLE));
        add(new VerticalLayout(status, explanation));
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            FieldErrors.clear(status, explanation);
            try {
                save.accept(status.getValue(), explanation.getValue());
                close();
            } catch (UserFacingException refused) {
                FieldErrors.show(this, refused, Map.of("board.statusNeeded", status), explanation);
            }
        });
        saveButton.setId("status-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), saveButton);
    }
}
