package org.ourvoice.board.service;

import java.time.Instant;

/** A dated progress update on an action. */
public record UpdateItem(String text, String writtenBy, Instant writtenAt) {
}
