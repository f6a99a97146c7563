package org.ourvoice.accounts.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.ourvoice.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Invitations, looked up by the hash of their code. */
public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByCodeHash(String codeHash);

    /** Locks the row so that two people redeeming one code at the same moment cannot both succeed. */
    @Modifying
    @Query("update Invitation i set i.note = null where i.usedBy = :accountId")
    int forgetNotesAbout(@Param("accountId") long accountId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.codeHash = :codeHash")
    Optional<Invitation> lockByCodeHash(@Param("codeHash") String codeHash);

    List<Invitation> findByCreatedByOrderByCreatedAtDesc(long createdBy, Pageable pageable);

    long countByCreatedBy(long createdBy);

    List<Invitation> findAllByOrderByCreatedAtDesc(Pageable pageable);

    boolean existsByRoleAndCreatedByIsNullAndUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfter(Role role,
            java.time.Instant now);
}
