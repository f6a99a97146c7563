package org.ourvoice.opportunities.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.opportunities.domain.OpportunityKind;
import org.ourvoice.opportunities.service.OpportunityDetails;
import org.ourvoice.opportunities.service.OpportunityForm;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.ui.Notices;

/**
 * The worker's form for a new opportunity, or for changing one, in UK time. The service checks
 * everything; a refusal shows its message beside the field it is about and leaves the form as it
 * was typed. When changing, what it is and who it is for stay as published.
 */
class PublishDialog extends Dialog {

    private static final String CONFLICT = "form.conflict";

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
    /** A refusal that is about no one field (or about the form as a whole), in plain words. */
    final Paragraph problem = new Paragraph();

    /** A new opportunity. */
    PublishDialog(Consumer<OpportunityForm> onPublish) {
        this(onPublish, null);
        setHeaderTitle(getTranslation("manage.new"));
        publish.setText(getTranslation("manage.publish"));
        publish.setId("publish-opportunity");
    }

    /** Changing one already published; {@code onSave} gets the form as typed. */
    PublishDialog(OpportunityDetails before, Consumer<OpportunityForm> onSave) {
        this(onSave, before.form());
        setHeaderTitle(getTranslation("manage.changeTitle", before.form().title()));
        publish.setText(getTranslation("manage.save"));
        publish.setId("save-opportunity");
        for (HasValue<?, ?> fixed : List.<HasValue<?, ?>>of(kind, forChildrenInCare, forCareLeavers, minAge, maxAge)) {
            fixed.setReadOnly(true);
        }
        Paragraph intro = new Paragraph(getTranslation("manage.changeIntro"));
        intro.setId("change-intro");
        addComponentAsFirst(intro);
    }

    private PublishDialog(Consumer<OpportunityForm> onSave, @Nullable OpportunityForm initial) {
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

        if (initial != null) {
            fill(initial);
        }

        problem.setId("publish-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        Div who = new Div(forChildrenInCare, forCareLeavers);
        who.addClassName("opportunity-who");
        add(problem, kind, title, description, date, start, end, place, link, who, minAge, maxAge, places, closing);
        addClassName("publish-form");

        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(click -> {
            clearProblems();
            try {
                onSave.accept(form());
                close();
            } catch (UserFacingException refused) {
                showProblem(refused);
            }
        });
        Button cancel = new Button(getTranslation("manage.cancelForm"), click -> close());
        getFooter().add(cancel, publish);
    }

    private void fill(OpportunityForm initial) {
        kind.setValue(initial.kind());
        title.setValue(Objects.requireNonNullElse(initial.title(), ""));
        description.setValue(Objects.requireNonNullElse(initial.description(), ""));
        closing.setValue(initial.closingDate());
        date.setValue(initial.date());
        start.setValue(initial.startTime());
        end.setValue(initial.endTime());
        place.setValue(Objects.requireNonNullElse(initial.place(), ""));
        link.setValue(Objects.requireNonNullElse(initial.onlineLink(), ""));
        forChildrenInCare.setValue(initial.forChildrenInCare());
        forCareLeavers.setValue(initial.forCareLeavers());
        minAge.setValue(initial.minAge());
        maxAge.setValue(initial.maxAge());
        places.setValue(initial.places());
    }

    private List<HasValidation> fields() {
        return List.of(kind, title, description, date, start, end, place, link, minAge, maxAge, places, closing);
    }

    private void clearProblems() {
        fields().forEach(f -> f.setInvalid(false));
        problem.setVisible(false);
    }

    /** The message beside the field it is about, or above the form; a conflict keeps everything typed. */
    private void showProblem(UserFacingException refused) {
        String key = CONFLICT.equals(refused.messageKey()) ? "opportunity.conflict" : refused.messageKey();
        String message = getTranslation(key, refused.arguments());
        HasValidation field = fieldFor(refused.messageKey());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            problem.setText(message);
            problem.setVisible(true);
        }
        Notices.problem(message);
    }

    private @Nullable HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "opportunity.kindNeeded" -> kind;
            case "opportunity.titleNeeded" -> title;
            case "opportunity.descriptionNeeded" -> description;
            case "opportunity.whereNeeded" -> place;
            case "opportunity.linkNotValid" -> link;
            case "opportunity.whenNeeded" -> date.isEmpty() ? date : start.isEmpty() ? start : end;
            case "opportunity.dateOutOfRange" -> date;
            case "opportunity.endBeforeStart" -> end;
            case "opportunity.timeSkipped" -> start;
            case "opportunity.agesNotValid" -> minAge;
            case "opportunity.placesNotValid", "opportunity.fewerPlacesThanTaken" -> places;
            case "opportunity.closingNotValid" -> closing;
            case "form.tooLong", "form.controlCharacters" -> textFieldRefused(messageKey);
            default -> null;
        };
    }

    /** Which of the free-text fields breaks the shared text rules. */
    private @Nullable HasValidation textFieldRefused(String messageKey) {
        Map<HasValidation, String> typed = new LinkedHashMap<>();
        typed.put(title, title.getValue());
        typed.put(description, description.getValue());
        typed.put(place, place.getValue());
        typed.put(link, link.getValue());
        int[] limits = {OpportunityService.MAX_TITLE, OpportunityService.MAX_DESCRIPTION, OpportunityService.MAX_PLACE,
            OpportunityService.MAX_LINK};
        int i = 0;
        for (Map.Entry<HasValidation, String> field : typed.entrySet()) {
            boolean broken = "form.controlCharacters".equals(messageKey)
                    ? TextRules.hasControlCharacters(field.getValue())
                    : TextRules.visibleLength(TextRules.tidy(field.getValue())) > limits[i];
            if (broken) {
                return field.getKey();
            }
            i++;
        }
        return null;
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
