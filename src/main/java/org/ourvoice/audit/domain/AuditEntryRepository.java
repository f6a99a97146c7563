package org.ourvoice.audit.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and read only: the repository offers no update or delete. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> find(@Param("action") @Nullable String action, @Param("from") @Nullable Instant from,
            @Param("until") @Nullable Instant until, Pageable pageable);

    @Query("""
            select count(e) from AuditEntry e
            where (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)""")
    long count(@Param("action") @Nullable String action, @Param("from") @Nullable Instant from,
            @Param("until") @Nullable Instant until);

    List<AuditEntry> findByActorAccountIdOrderByOccurredAtDesc(long actorAccountId, Pageable pageable);

    /** Erasure: the lines stay, without the name or id of the person who acted. */
    @Modifying
    @Query(value = "update audit_entry set actor_name = null, actor_account_id = null where actor_account_id = :id",
            nativeQuery = true)
    int forgetActor(@Param("id") long accountId);
}
