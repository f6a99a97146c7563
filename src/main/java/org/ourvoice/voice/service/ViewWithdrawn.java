package org.ourvoice.voice.service;

/** Published in the transaction that removes a shared view (the young person's erasure). */
public record ViewWithdrawn(SharedFacts facts) {
}
