package org.ourvoice.privacy.service;

import java.time.Instant;

/** One retention run as administrators read it. */
public record RetentionReport(Instant ranAt, int erased, int kept, int staffDisabled) {
}
