package org.ourvoice.board.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action: what will be done, by whom, by when. Owner and due date are required. */
public record ActionForm(String title, @Nullable Long ownerId, @Nullable LocalDate dueOn) {
}
