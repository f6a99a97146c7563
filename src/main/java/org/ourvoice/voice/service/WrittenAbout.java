package org.ourvoice.voice.service;

/**
 * What a young person's writing answers when it is not a view of its own. It is screened and
 * moderated like a view, but has no themes or feeling and never counts among the board's views.
 */
public enum WrittenAbout {
    /** An answer to a "You said, we did" response. */
    RESPONSE,
    /** New wording or a new commitment suggested for a pledge or local offer. */
    PLEDGE_SUGGESTION,
    /** A comment on a commitment. */
    PLEDGE_COMMENT,
    /** "How was it?" after an event. */
    EVENT_FEEDBACK;

    public String messageKey() {
        return "voice.about." + name();
    }
}
