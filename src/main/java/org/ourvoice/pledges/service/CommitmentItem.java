package org.ourvoice.pledges.service;

import org.jspecify.annotations.Nullable;

/**
 * A commitment as shown: its number in the version, its words and explanation, and the lock
 * value ({@code lock}) an edit must quote so that an edit made meanwhile is not overwritten.
 */
public record CommitmentItem(long id, long lock, int number, String threadKey, long sectionId, String text,
        @Nullable String explanation) {
}
