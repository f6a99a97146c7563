package org.ourvoice.board.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** "You said … / We did … / What happens next … / By when …", in plain words. */
public record ResponseForm(String youSaid, String weDid, String whatNext, @Nullable LocalDate byWhen) {
}
