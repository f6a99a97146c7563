package org.ourvoice.board.domain;

/** A young person's answer to "did this answer what you said?". */
public enum Verdict {
    YES,
    PARTLY,
    NO;

    public String messageKey() {
        return "yousaid.verdict." + name();
    }
}
