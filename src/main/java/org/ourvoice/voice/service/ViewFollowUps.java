package org.ourvoice.voice.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened after a view was shared, as "My say" shows it under the view: implemented by the
 * feature that answers views (the board's "You said, we did"). Called for the young person's own
 * views only.
 */
public interface ViewFollowUps {

    /** A published answer to a view, in the board's plain words, and where to read more. */
    record FollowUp(long contributionId, String youSaid, String weDid, String whatNext, @Nullable LocalDate byWhen,
            Instant publishedAt, String route) {
    }

    List<FollowUp> forViews(Collection<Long> contributionIds);
}
