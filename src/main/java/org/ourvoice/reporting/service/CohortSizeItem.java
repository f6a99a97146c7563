package org.ourvoice.reporting.service;

import org.ourvoice.security.Role;

/** A cohort's size as the council set it, with the version to change it by. */
public record CohortSizeItem(Role cohort, int size, long version) {
}
