package org.ourvoice.pledges.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryEntryRepository extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByDocumentIdOrderByHappenedAtDescIdDesc(long documentId, Pageable page);
}
