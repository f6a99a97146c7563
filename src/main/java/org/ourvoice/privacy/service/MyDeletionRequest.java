package org.ourvoice.privacy.service;

import java.time.Instant;
import org.ourvoice.privacy.domain.DeletionRequest.Status;

/** The person's own latest deletion request and where it stands. */
public record MyDeletionRequest(Status status, boolean keepAnonymised, Instant requestedAt) {
}
