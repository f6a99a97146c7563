package org.ourvoice.privacy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Deletion requests, oldest first for workers. */
public interface DeletionRequestRepository extends JpaRepository<DeletionRequest, Long> {

    Optional<DeletionRequest> findFirstByAccountIdOrderByRequestedAtDesc(long accountId);

    List<DeletionRequest> findByStatusOrderByRequestedAt(DeletionRequest.Status status, Pageable pageable);

    long countByStatus(DeletionRequest.Status status);

    List<DeletionRequest> findByAccountId(long accountId);

    boolean existsByAccountIdAndStatus(long accountId, DeletionRequest.Status status);
}
