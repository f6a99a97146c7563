package org.ourvoice.pledges.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SuggestionSupportRepository extends JpaRepository<SuggestionSupport, Long> {

    boolean existsBySuggestionIdAndAccountId(long suggestionId, long accountId);

    /** Support counts per suggestion, counted by the database: rows of suggestion id and count. */
    @Query("select s.suggestionId, count(s) from SuggestionSupport s where s.suggestionId in :ids group by s.suggestionId")
    List<Object[]> countBySuggestion(Collection<Long> ids);

    @Query("select s.suggestionId from SuggestionSupport s where s.accountId = :accountId and s.suggestionId in :ids")
    List<Long> supportedBy(long accountId, Collection<Long> ids);

    @Query("select distinct s.accountId from SuggestionSupport s where s.suggestionId in :ids and s.accountId is not null")
    List<Long> supporters(Collection<Long> ids);

    long countByAccountId(long accountId);

    @Modifying
    @Query("update SuggestionSupport s set s.accountId = null where s.accountId = :accountId")
    int anonymise(long accountId);

    @Modifying
    @Query("delete from SuggestionSupport s where s.accountId = :accountId")
    int deleteByAccount(long accountId);
}
