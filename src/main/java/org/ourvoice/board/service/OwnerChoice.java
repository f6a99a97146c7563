package org.ourvoice.board.service;

/** Someone who may own an action: a board member or a participation worker (an officer). */
public record OwnerChoice(long id, String name) {
}
