package org.ourvoice.privacy.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** The single retention policy row. */
public interface RetentionPolicyRepository extends JpaRepository<RetentionPolicy, Long> {
}
