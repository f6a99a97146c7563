package org.ourvoice.privacy.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Retention reports, newest first. */
public interface RetentionRunRepository extends JpaRepository<RetentionRun, Long> {

    List<RetentionRun> findAllByOrderByRanAtDesc(Pageable pageable);
}
