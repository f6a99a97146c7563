package org.ourvoice.pledges.service;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.domain.VersionStatus;

/**
 * One version in full: sections and numbered commitments. {@code lock} is what opening, adopting
 * or any other change of the whole version must quote, so nobody acts on words that changed meanwhile.
 */
public record VersionDetail(long id, long lock, long documentId, String documentTitle, DocumentKind kind, int number,
        VersionStatus status, Audience audience, @Nullable LocalDate closesOn, @Nullable LocalDate adoptedOn,
        List<SectionItem> sections) {

    public VersionDetail {
        sections = List.copyOf(sections);
    }

    public List<CommitmentItem> commitments() {
        return sections.stream().flatMap(s -> s.commitments().stream()).toList();
    }

    public Stream<CommitmentItem> commitment(long commitmentId) {
        return commitments().stream().filter(c -> c.id() == commitmentId);
    }
}
