package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.service.MeetingForm;
import org.ourvoice.board.service.MeetingSummary;
import org.ourvoice.common.UserFacingException;

/** A new meeting, or a change to one: its date and place. */
class MeetingDialog extends Dialog {

    private final DatePicker date = new DatePicker();
    private final TextField place = new TextField();

    MeetingDialog(String title, @Nullable MeetingSummary initial, Consumer<MeetingForm> save) {
        setHeaderTitle(title);
        setWidth("min(32rem, 100vw)");
        date.setId("meeting-date");
        date.setLabel(getTranslation("board.meetings.date"));
        date.setLocale(Locale.UK);
        date.setRequiredIndicatorVisible(true);
        place.setId("meeting-place");
        place.setLabel(getTranslation("board.meetings.place"));
        place.setMaxLength(200);
        place.setRequiredIndicatorVisible(true);
        place.setWidthFull();
        if (initial != null) {
            date.setValue(initial.meetsOn());
            place.setValue(initial.place());
        }
        add(new VerticalLayout(date, place));
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            FieldErrors.clear(date, place);
            try {
                save.accept(new MeetingForm(date.getValue(), place.getValue()));
                close();
            } catch (UserFacingException refused) {
                FieldErrors.show(this, refused, Map.of("board.meetingDateNeeded", date), place);
            }
        });
        saveButton.setId("meeting-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), saveButton);
    }
}
