package org.ourvoice.opportunities.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Sign-ups, and the counts that decide whether there is a place. */
public interface SignUpRepository extends JpaRepository<SignUp, Long> {

    Optional<SignUp> findByOpportunityIdAndAccountId(long opportunityId, long accountId);

    long countByOpportunityIdAndStatus(long opportunityId, SignUpStatus status);

    /** The waiting list in the order people joined it. */
    List<SignUp> findByOpportunityIdAndStatusOrderByQueuedAtAscIdAsc(long opportunityId, SignUpStatus status);

    List<SignUp> findByOpportunityIdOrderByQueuedAtAscIdAsc(long opportunityId);

    List<SignUp> findByAccountIdAndOpportunityIdIn(long accountId, Collection<Long> opportunityIds);

    List<SignUp> findByAccountIdOrderByQueuedAtDesc(long accountId);

    List<SignUp> findByOpportunityIdInAndStatusAndRemindedAtIsNull(Collection<Long> opportunityIds,
            SignUpStatus status);

    /** How many are ahead of this person on the waiting list. */
    @Query("""
            select count(s) from SignUp s where s.opportunityId = :opportunityId
              and s.status = org.ourvoice.opportunities.domain.SignUpStatus.WAITING
              and (s.queuedAt < :queuedAt or (s.queuedAt = :queuedAt and s.id < :id))
            """)
    long countAhead(@Param("opportunityId") long opportunityId, @Param("queuedAt") Instant queuedAt,
            @Param("id") long id);

    @Modifying
    @Query("delete from SignUp s where s.accountId = :accountId")
    int deleteByAccount(@Param("accountId") long accountId);
}
