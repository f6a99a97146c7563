package org.ourvoice.pledges.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PledgeSectionRepository extends JpaRepository<PledgeSection, Long> {

    List<PledgeSection> findByVersionIdOrderByPositionAscIdAsc(long versionId);
}
