package org.ourvoice.moderation.service;

import org.ourvoice.voice.service.QueueItem;

/** A view opened for moderation: the view, who wrote it, what screening found, and its concerns. */
public record ModerationDetail(QueueItem item, String authorName, ScreeningResult screening, long concerns) {
}
