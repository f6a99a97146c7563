package org.ourvoice.voice.service;

import org.jspecify.annotations.Nullable;

/** What a worker narrows the moderation queue to: a flag, a theme, an age band (each optional). */
public record QueueFilter(Flag flag, @Nullable Long themeId, @Nullable String ageBand) {

    /** A filtered queue is counted up to this many; the whole queue is always counted exactly. */
    public static final int COUNT_CAP = 1000;

    /** The flags a worker can filter by. */
    public enum Flag { ANY, URGENT, PERSONAL_INFO, WANTS_TO_TALK }

    public static QueueFilter all() {
        return new QueueFilter(Flag.ANY, null, null);
    }
}
