package org.ourvoice.common;

import java.time.Instant;

/**
 * Published (in the same transaction) whenever a young person takes part: submits a view, shapes
 * a pledge, answers a response, attends something. Engagement figures are counted from these.
 */
public record TookPart(long accountId, Kind kind, Instant at) {

    /** The ways of taking part that the engagement figures count. */
    public enum Kind {
        SUBMITTED_VIEW,
        SHAPED_PLEDGE,
        ANSWERED_RESPONSE,
        ATTENDED
    }
}
