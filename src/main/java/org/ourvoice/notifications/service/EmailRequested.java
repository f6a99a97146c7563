package org.ourvoice.notifications.service;

import java.util.Locale;

/** An e-mail to send after the current transaction commits. */
record EmailRequested(String to, String messageKey, String[] arguments, Locale locale) {
}
