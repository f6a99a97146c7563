package org.ourvoice.board.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.domain.ActionStatus;

/** An action as young people read it: what, by when, where it stands, and why if it was not possible. */
public record ActionLine(String title, LocalDate dueOn, ActionStatus status, @Nullable String explanation,
        boolean overdue) {
}
