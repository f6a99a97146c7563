package org.ourvoice.pledges.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryUpdateRepository extends JpaRepository<DeliveryUpdate, Long> {

    List<DeliveryUpdate> findByDocumentIdOrderByOnDateDescIdDesc(long documentId);
}
