package org.ourvoice.board.domain;

/** Where an action stands. Done and not possible close it; not possible carries an explanation. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    NOT_POSSIBLE;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "board.status." + name();
    }
}
