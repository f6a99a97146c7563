package org.ourvoice.opportunities.service;

/**
 * An opportunity as the worker who changes it starts from: the form as it would be filled in now
 * (UK dates and times), and the version it was read at, so a change made meanwhile is noticed.
 */
public record OpportunityDetails(long id, long version, OpportunityForm form) {
}
