package org.ourvoice.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.ui.Notices;

/**
 * Shows a refusal in plain words beside the field it is about (and as a message read out), leaving
 * everything typed in place. A conflict with someone else's change says so.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }

    static void show(Component on, UserFacingException refused, Map<String, HasValidation> fieldByKey,
            HasValidation fallback) {
        String key = "form.conflict".equals(refused.messageKey()) ? "board.conflict" : refused.messageKey();
        String message = on.getTranslation(key, refused.arguments());
        if (!"board.conflict".equals(key)) {
            HasValidation field = fieldByKey.getOrDefault(refused.messageKey(), fallback);
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        Notices.problem(message);
    }
}
