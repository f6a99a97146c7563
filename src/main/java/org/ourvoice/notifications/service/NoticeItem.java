package org.ourvoice.notifications.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message in the reader's inbox, as the inbox screen shows it. */
public record NoticeItem(long id, String messageKey, String[] arguments, @Nullable String link, boolean urgent,
        Instant createdAt, boolean read) {
}
