package org.ourvoice.pledges.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CommitmentRatingRepository extends JpaRepository<CommitmentRating, Long> {

    Optional<CommitmentRating> findByCommitmentIdAndAccountId(long commitmentId, long accountId);

    List<CommitmentRating> findByAccountIdAndCommitmentIdIn(long accountId, Collection<Long> commitmentIds);

    /** Per commitment: id, how many rated it, and the average score, counted by the database. */
    @Query("""
            select r.commitmentId, count(r), avg(r.score) from CommitmentRating r
            where r.commitmentId in :ids group by r.commitmentId""")
    List<Object[]> summarise(Collection<Long> ids);

    @Query("select distinct r.accountId from CommitmentRating r where r.commitmentId in :ids and r.accountId is not null")
    List<Long> raters(Collection<Long> ids);

    long countByAccountId(long accountId);

    @Modifying
    @Query("update CommitmentRating r set r.accountId = null where r.accountId = :accountId")
    int anonymise(long accountId);

    @Modifying
    @Query("delete from CommitmentRating r where r.accountId = :accountId")
    int deleteByAccount(long accountId);
}
