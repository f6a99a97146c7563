package org.ourvoice.voice.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.voice.domain.Mood;

/**
 * An approved view as the board may read it: the shared words (the redacted copy where a worker
 * made one), and a name only when the young person chose to be named.
 */
public record SharedView(long id, String text, List<Long> themeIds, Mood mood, @Nullable String name,
        Instant sharedAt, boolean quote) {

    public SharedView {
        themeIds = List.copyOf(themeIds);
    }
}
