package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.ui.Notices;

/**
 * Runs what a button asks of a service. A refusal shows in plain words (on the field where there
 * is one) and nothing on the screen is cleared, so what the person typed is never lost.
 */
final class Attempt {

    private Attempt() {
    }

    static <T> @Nullable T run(Component screen, @Nullable HasValidation field, Supplier<T> action) {
        if (field != null) {
            field.setInvalid(false);
        }
        try {
            return action.get();
        } catch (UserFacingException refused) {
            String message = screen.getTranslation(refused.messageKey(), refused.arguments());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            Notices.problem(message);
            return null;
        }
    }

    static boolean run(Component screen, @Nullable HasValidation field, Runnable action) {
        return run(screen, field, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }
}
