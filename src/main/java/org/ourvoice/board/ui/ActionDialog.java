package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.service.ActionForm;
import org.ourvoice.board.service.ActionItem;
import org.ourvoice.board.service.OwnerChoice;
import org.ourvoice.common.UserFacingException;

/** An action under a decision: what will be done, who owns it, and the date it is due (all required). */
class ActionDialog extends Dialog {

    ActionDialog(String title, List<OwnerChoice> owners, @Nullable ActionItem initial, Consumer<ActionForm> save) {
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        TextField what = new TextField(getTranslation("board.action.what"));
        what.setId("action-title");
        what.setMaxLength(300);
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        Select<OwnerChoice> owner = new Select<>();
        owner.setId("action-owner");
        owner.setLabel(getTranslation("board.action.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(OwnerChoice::name);
        owner.setRequiredIndicatorVisible(true);
        owner.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("board.action.due"));
        due.setId("action-due");
        due.setLocale(Locale.UK);
        due.setRequiredIndicatorVisible(true);
        if (initial != null) {
            what.setValue(initial.title());
            owners.stream().filter(o -> o.id() == initial.ownerId()).findFirst().ifPresent(owner::setValue);
            due.setValue(initial.dueOn());
        }
        add(new VerticalLayout(what, owner, due));
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            FieldErrors.clear(what, owner, due);
            try {
                save.accept(new ActionForm(what.getValue(), owner.getValue() == null ? null : owner.getValue().id(),
                        due.getValue()));
                close();
            } catch (UserFacingException refused) {
                FieldErrors.show(this, refused, Map.of("board.ownerNeeded", owner, "board.ownerGone", owner,
                        "board.dueNeeded", due, "board.duePast", due), what);
            }
        });
        saveButton.setId("action-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), saveButton);
    }
}
