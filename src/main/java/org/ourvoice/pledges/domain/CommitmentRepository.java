package org.ourvoice.pledges.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByVersionIdOrderByPositionAscIdAsc(long versionId);

    List<Commitment> findBySectionIdOrderByPositionAscIdAsc(long sectionId);
}
