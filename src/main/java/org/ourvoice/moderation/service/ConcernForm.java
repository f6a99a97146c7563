package org.ourvoice.moderation.service;

import org.jspecify.annotations.Nullable;

/** What a worker records about a safeguarding concern. */
public record ConcernForm(String seen, String whoTold, String actionTaken, @Nullable String outcome) {
}
