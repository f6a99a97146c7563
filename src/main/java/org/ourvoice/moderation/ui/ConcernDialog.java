package org.ourvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.moderation.service.ConcernForm;
import org.ourvoice.moderation.service.SafeguardingService;
import org.ourvoice.ui.Notices;

/**
 * The safeguarding concern form, for raising one from a view and for keeping one up to date. A
 * refused save leaves everything typed in place, with the reason next to the field.
 */
class ConcernDialog extends Dialog {

    private final TextArea seen = new TextArea();
    private final TextArea whoTold = new TextArea();
    private final TextArea actionTaken = new TextArea();
    private final TextArea outcome = new TextArea();

    /** What the dialog's buttons do with the form; each may refuse with a {@link UserFacingException}. */
    interface Save extends Consumer<ConcernForm> {
    }

    ConcernDialog(String title, ConcernForm initial, Save save, @Nullable Save close, @Nullable String note) {
        setHeaderTitle(title);
        addClassName("concern-dialog");
        setWidth("min(44rem, 100vw)");
        field(seen, "safeguarding.seen", "concern-seen", initial.seen(), SafeguardingService.MAX_TEXT);
        field(whoTold, "safeguarding.whoTold", "concern-who-told", initial.whoTold(), SafeguardingService.MAX_WHO_TOLD);
        field(actionTaken, "safeguarding.actionTaken", "concern-action", initial.actionTaken(),
                SafeguardingService.MAX_TEXT);
        field(outcome, "safeguarding.outcome", "concern-outcome", initial.outcome() == null ? "" : initial.outcome(),
                SafeguardingService.MAX_TEXT);
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (note != null) {
            body.add(new Paragraph(note));
        }
        body.add(seen, whoTold, actionTaken, outcome);
        add(body);

        Button saveButton = new Button(getTranslation("safeguarding.save"), click -> attempt(save));
        saveButton.setId("concern-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("concern-cancel");
        getFooter().add(cancel);
        if (close != null) {
            Button closeButton = new Button(getTranslation("safeguarding.close"), click -> attempt(close));
            closeButton.setId("concern-close");
            closeButton.addThemeVariants(ButtonVariant.ERROR);
            getFooter().add(closeButton);
        }
        getFooter().add(saveButton);
    }

    private void field(TextArea area, String labelKey, String id, String value, int max) {
        area.setLabel(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(max);
        area.setValue(value);
    }

    private void attempt(Save action) {
        for (TextArea area : new TextArea[] {seen, whoTold, actionTaken, outcome}) {
            area.setInvalid(false);
        }
        try {
            action.accept(new ConcernForm(seen.getValue(), whoTold.getValue(), actionTaken.getValue(),
                    outcome.getValue()));
            close();
        } catch (UserFacingException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            TextArea field = switch (refused.messageKey()) {
                case "safeguarding.seenNeeded" -> seen;
                case "safeguarding.whoToldNeeded" -> whoTold;
                case "safeguarding.actionNeeded" -> actionTaken;
                case "safeguarding.outcomeNeeded" -> outcome;
                default -> null;
            };
            if (field == null) {
                Notices.problem(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
                field.focus();
            }
        }
    }
}
