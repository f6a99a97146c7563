package org.ourvoice.board.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ResponseAnswerRepository extends JpaRepository<ResponseAnswer, Long> {

    Optional<ResponseAnswer> findByResponseIdAndAccountId(long responseId, long accountId);

    List<ResponseAnswer> findByResponseIdIn(Collection<Long> responseIds);

    List<ResponseAnswer> findByAccountId(long accountId);

    /** Answers counted by verdict, over every response. */
    @Query("select a.verdict, count(a) from ResponseAnswer a group by a.verdict")
    List<Object[]> countByVerdict();

    @Modifying
    @Query("update ResponseAnswer a set a.accountId = null where a.accountId = :accountId")
    int anonymise(@Param("accountId") long accountId);

    @Modifying
    @Query("delete from ResponseAnswer a where a.accountId = :accountId")
    int deleteByAccount(@Param("accountId") long accountId);
}
