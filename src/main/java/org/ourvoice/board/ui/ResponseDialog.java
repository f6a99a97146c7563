package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.service.ResponseForm;
import org.ourvoice.board.service.ResponseItem;
import org.ourvoice.common.UserFacingException;

/** "You said … / We did … / What happens next … / By when …" for a decision, in plain words. */
class ResponseDialog extends Dialog {

    ResponseDialog(String title, @Nullable ResponseItem initial, Consumer<ResponseForm> save) {
        setHeaderTitle(title);
        setWidth("min(40rem, 100vw)");
        TextArea youSaid = area("response-you-said", "board.response.youSaid");
        TextArea weDid = area("response-we-did", "board.response.weDid");
        TextArea whatNext = area("response-what-next", "board.response.whatNext");
        DatePicker byWhen = new DatePicker(getTranslation("board.response.byWhen"));
        byWhen.setId("response-by-when");
        byWhen.setLocale(Locale.UK);
        if (initial != null) {
            youSaid.setValue(initial.youSaid());
            weDid.setValue(initial.weDid());
            whatNext.setValue(initial.whatNext());
            byWhen.setValue(initial.byWhen());
        }
        add(new VerticalLayout(new Paragraph(getTranslation("board.response.help")), youSaid, weDid, whatNext, byWhen));
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            FieldErrors.clear(youSaid, weDid, whatNext);
            try {
                save.accept(new ResponseForm(youSaid.getValue(), weDid.getValue(), whatNext.getValue(),
                        byWhen.getValue()));
                close();
            } catch (UserFacingException refused) {
                FieldErrors.show(this, refused, Map.of("board.weDidNeeded", weDid, "board.whatNextNeeded", whatNext),
                        youSaid);
            }
        });
        saveButton.setId("response-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), saveButton);
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(1000);
        area.setRequiredIndicatorVisible(true);
        area.setWidthFull();
        return area;
    }
}
