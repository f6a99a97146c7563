package org.ourvoice.pledges.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PledgeVersionRepository extends JpaRepository<PledgeVersion, Long> {

    List<PledgeVersion> findByDocumentIdOrderByNumberDesc(long documentId);

    Optional<PledgeVersion> findFirstByDocumentIdAndStatus(long documentId, VersionStatus status);

    List<PledgeVersion> findByStatusIn(Collection<VersionStatus> statuses);

    @Query("select coalesce(max(v.number), 0) from PledgeVersion v where v.documentId = :documentId")
    int lastNumber(long documentId);
}
