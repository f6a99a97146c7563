package org.ourvoice.voice.service;

/** Published in the transaction that shares a view with the board. */
public record ViewShared(SharedFacts facts) {
}
