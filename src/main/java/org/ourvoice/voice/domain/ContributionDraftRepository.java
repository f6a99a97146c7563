package org.ourvoice.voice.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContributionDraftRepository extends JpaRepository<ContributionDraft, Long> {

    Optional<ContributionDraft> findByAccountId(long accountId);

    @Modifying
    @Query("delete from ContributionDraft d where d.accountId = :accountId")
    int deleteByAccountId(@Param("accountId") long accountId);
}
