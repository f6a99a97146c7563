package org.ourvoice.moderation.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SafeguardingConcernRepository extends JpaRepository<SafeguardingConcern, Long> {

    @Query("select c from SafeguardingConcern c where (:openOnly = false or c.closedAt is null)"
            + " order by case when c.closedAt is null then 0 else 1 end, c.raisedAt desc, c.id desc")
    List<SafeguardingConcern> list(@Param("openOnly") boolean openOnly, Pageable page);

    @Query("select count(c) from SafeguardingConcern c where (:openOnly = false or c.closedAt is null)")
    long count(@Param("openOnly") boolean openOnly);

    List<SafeguardingConcern> findByAccountId(long accountId);

    boolean existsByAccountIdAndClosedAtIsNull(long accountId);

    long countByContributionId(long contributionId);

    long countByAccountId(long accountId);
}
