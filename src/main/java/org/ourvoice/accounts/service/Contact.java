package org.ourvoice.accounts.service;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How to reach an account: for notifications, never shown to other users. */
public record Contact(long accountId, String displayName, @Nullable String email, Locale locale) {
}
