package org.ourvoice.voice.service;

import org.jspecify.annotations.Nullable;

/** What a worker narrows the moderation queue to: a flag, a theme, an age band (each optional). */
public record QueueFilter(Flag flag, @Nullable Long themeId, @Nullable String ageBand) {

    /** The flags a worker can filter by. */
    public enum Flag { ANY, URGENT, PERSONAL_INFO, WANTS_TO_TALK }

    public static QueueFilter all() {
        return new QueueFilter(Flag.ANY, null, null);
    }
}
