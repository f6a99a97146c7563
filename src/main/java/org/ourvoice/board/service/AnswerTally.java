package org.ourvoice.board.service;

/** How young people answered "did this answer what you said?". */
public record AnswerTally(long yes, long partly, long no) {

    public long total() {
        return yes + partly + no;
    }
}
