package org.ourvoice.pledges.service;

import java.util.List;

/** How every promise of an adopted version is going. */
public record PromiseProgress(VersionDetail version, List<ProgressLine> lines) {

    public PromiseProgress {
        lines = List.copyOf(lines);
    }
}
