package org.ourvoice.common;

/**
 * Implemented by features that may need an account's records kept past the retention period
 * (an open safeguarding concern, a deletion request a worker held), so retention skips it.
 */
public interface RetentionHold {

    boolean mustKeep(long accountId);
}
