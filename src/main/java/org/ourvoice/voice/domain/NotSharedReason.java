package org.ourvoice.voice.domain;

import org.springframework.modulith.NamedInterface;

/**
 * Kind reasons a worker can give for not sharing a view, in words the young person reads in their
 * own language; {@link #OTHER} means the worker wrote their own.
 */
@NamedInterface("model")
public enum NotSharedReason {
    PERSONAL_DETAILS,
    ABOUT_ONE_PERSON,
    WORKER_WILL_TALK,
    NOT_CLEAR,
    ALREADY_SAID,
    OTHER;

    public String messageKey() {
        return "voice.reason." + name();
    }
}
