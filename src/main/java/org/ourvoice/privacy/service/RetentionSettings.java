package org.ourvoice.privacy.service;

/** The retention policy as the administrator edits it. */
public record RetentionSettings(int youngInactiveMonths, int staffInactiveMonths, boolean active, long version) {
}
