package org.ourvoice.pledges.service;

import java.util.List;

/** A section of a version with its commitments in order. */
public record SectionItem(long id, String threadKey, String title, List<CommitmentItem> commitments) {

    public SectionItem {
        commitments = List.copyOf(commitments);
    }
}
