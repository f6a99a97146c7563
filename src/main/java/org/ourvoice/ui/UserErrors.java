package org.ourvoice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.ourvoice.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Turns any failure in a screen into a message in plain words. The screen stays as it was, so
 * nothing the person typed is lost; unexpected faults are logged without personal data.
 */
@Component
class UserErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UserErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UserErrors::handle));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Error outside a screen", event.getThrowable());
            return;
        }
        String key = messageKeyFor(event.getThrowable());
        Object[] arguments = arguments(event.getThrowable());
        ui.access(() -> Notices.problem(ui.getTranslation(key, arguments)));
    }

    static String messageKeyFor(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof UserFacingException userFacing) {
                return userFacing.messageKey();
            }
            if (cause instanceof AccessDeniedException) {
                return "error.notAllowed";
            }
            if (cause instanceof DataAccessException || cause instanceof TransactionException) {
                LOG.warn("Database unavailable or failing: {}", cause.getClass().getSimpleName());
                return "error.database";
            }
            cause = cause.getCause();
        }
        LOG.error("Unexpected error", failure);
        return "error.unexpected";
    }

    private static Object[] arguments(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof UserFacingException userFacing) {
                return userFacing.arguments();
            }
            cause = cause.getCause();
        }
        return new Object[0];
    }
}
