package org.ourvoice.opportunities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.function.Consumer;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.service.OpportunityForm;
import org.ourvoice.opportunities.service.OpportunityService;

/**
 * The worker's form for a new opportunity, in UK time. The service checks everything; a refusal
 * shows its message and leaves the form as it was typed.
 */
class PublishDialog extends Dialog {

    final Select<OpportunityKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField place = new TextField();
    final TextField link = new TextField();
    final Checkbox forChildrenInCare = new Checkbox();
    final Checkbox forCareLeavers = new Checkbox();
    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();
    final IntegerField places = new IntegerField();
    final DatePicker closing = new DatePicker();
    final Button publish = new Button();

    PublishDialog(Consumer<OpportunityForm> onPublish) {
        setHeaderTitle(getTranslation("manage.new"));
        setId("publish-dialog");
        kind.setLabel(getTranslation("manage.kind"));
        kind.setId("opportunity-kind");
        kind.setItems(OpportunityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        title.setLabel(getTranslation("manage.title"));
        title.setId("opportunity-title");
        title.setMaxLength(OpportunityService.MAX_TITLE);
        description.setLabel(getTranslation("manage.description"));
        description.setId("opportunity-description");
        description.setMaxLength(OpportunityService.MAX_DESCRIPTION);
        date.setLabel(getTranslation("manage.date"));
        date.setId("opportunity-date");
        start.setLabel(getTranslation("manage.start"));
        start.setId("opportunity-start");
        start.setStep(Duration.ofMinutes(15));
        start.setValue(LocalTime.of(17, 0));
        end.setLabel(getTranslation("manage.end"));
        end.setId("opportunity-end");
        end.setStep(Duration.ofMinutes(15));
        end.setValue(LocalTime.of(19, 0));
        place.setLabel(getTranslation("manage.place"));
        place.setId("opportunity-place");
        place.setMaxLength(OpportunityService.MAX_PLACE);
        link.setLabel(getTranslation("manage.link"));
        link.setId("opportunity-link");
        link.setMaxLength(OpportunityService.MAX_LINK);
        forChildrenInCare.setLabel(getTranslation("manage.forChildrenInCare"));
        forChildrenInCare.setId("opportunity-children");
        forChildrenInCare.setValue(true);
        forCareLeavers.setLabel(getTranslation("manage.forCareLeavers"));
        forCareLeavers.setId("opportunity-leavers");
        forCareLeavers.setValue(true);
        minAge.setLabel(getTranslation("manage.minAge"));
        minAge.setId("opportunity-min-age");
        minAge.setValue(OpportunityService.YOUNGEST);
        maxAge.setLabel(getTranslation("manage.maxAge"));
        maxAge.setId("opportunity-max-age");
        maxAge.setValue(OpportunityService.OLDEST);
        places.setLabel(getTranslation("manage.places"));
        places.setId("opportunity-places");
        places.setValue(1);
        closing.setLabel(getTranslation("manage.closing"));
        closing.setId("opportunity-closing");
        date.addValueChangeListener(e -> {
            if (closing.isEmpty() && e.getValue() != null) {
                closing.setValue(e.getValue().minusDays(1));
            }
        });

        Div who = new Div(forChildrenInCare, forCareLeavers);
        who.addClassName("opportunity-who");
        add(kind, title, description, date, start, end, place, link, who, minAge, maxAge, places, closing);
        addClassName("publish-form");

        publish.setText(getTranslation("manage.publish"));
        publish.setId("publish-opportunity");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(click -> {
            onPublish.accept(form());
            close();
        });
        Button cancel = new Button(getTranslation("manage.cancelForm"), click -> close());
        getFooter().add(cancel, publish);
    }

    OpportunityForm form() {
        return new OpportunityForm(kind.getValue(), title.getValue(), description.getValue(), date.getValue(),
                start.getValue(), end.getValue(), place.getValue(), link.getValue(), forChildrenInCare.getValue(),
                forCareLeavers.getValue(), number(minAge), number(maxAge), number(places), closing.getValue());
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
