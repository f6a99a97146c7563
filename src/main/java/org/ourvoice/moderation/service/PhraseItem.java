package org.ourvoice.moderation.service;

import java.time.Instant;
import org.ourvoice.moderation.domain.PhraseKind;

/** A screening phrase as the workers' list shows it. */
public record PhraseItem(long id, PhraseKind kind, String phrase, boolean active, Instant addedAt) {
}
