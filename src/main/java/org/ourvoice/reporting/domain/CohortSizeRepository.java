package org.ourvoice.reporting.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** The council's cohort sizes, one row per cohort. */
public interface CohortSizeRepository extends JpaRepository<CohortSize, String> {
}
