package org.ourvoice.voice.service;

/**
 * Published inside the transaction that stores a new view, so that screening flags it before
 * anyone can see it and a failed screening stores nothing.
 */
public record ContributionSubmitted(long contributionId, long authorId, String text, boolean wantsToTalk) {
}
