package org.ourvoice.pledges.service;

import java.util.List;

/** A version open for ideas (or just closed) with everything young people said about it, once checked. */
public record VersionFeedback(VersionDetail version, List<CommitmentFeedback> commitments,
        List<SuggestionItem> newCommitments) {

    public VersionFeedback {
        commitments = List.copyOf(commitments);
        newCommitments = List.copyOf(newCommitments);
    }
}
