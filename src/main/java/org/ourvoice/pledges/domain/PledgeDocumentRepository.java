package org.ourvoice.pledges.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PledgeDocumentRepository extends JpaRepository<PledgeDocument, Long> {

    List<PledgeDocument> findAllByOrderByKindAscTitleAsc();
}
