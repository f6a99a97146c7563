package org.ourvoice.security;

/** What features need to know about the person using the portal right now. */
public record SignedInUser(long accountId, String displayName, Role role) {
}
