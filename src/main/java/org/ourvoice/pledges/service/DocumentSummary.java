package org.ourvoice.pledges.service;

import java.util.List;
import org.ourvoice.pledges.domain.DocumentKind;

/** A co-produced document with its versions, newest first. */
public record DocumentSummary(long id, DocumentKind kind, String title, List<VersionSummary> versions) {

    public DocumentSummary {
        versions = List.copyOf(versions);
    }
}
