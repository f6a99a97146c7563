package org.ourvoice.notifications.service;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ourvoice.security.Role;

/**
 * Who to reach and how: implemented by the accounts feature, so notifications need not depend on
 * accounts (and accounts may send notifications).
 */
public interface Recipients {

    List<Recipient> inRole(Role role);

    List<Recipient> byIds(Collection<Long> accountIds);

    /** An account's inbox id, e-mail address if any, and language. */
    record Recipient(long accountId, @Nullable String email, Locale locale) {
    }
}
