package org.ourvoice.board.service;

import org.jspecify.annotations.Nullable;
import org.ourvoice.board.domain.Verdict;

/** "Did this answer what you said?": yes, partly or no, and a comment if they like (checked by a worker first). */
public record AnswerForm(@Nullable Verdict verdict, String comment, boolean showName, String submissionKey) {
}
