package org.ourvoice.voice.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContributionRepository extends JpaRepository<Contribution, Long>,
        JpaSpecificationExecutor<Contribution> {

    Optional<Contribution> findBySubmissionKey(String submissionKey);

    /** Shared views of one theme (0 for all views) counted the way the board's figures break them down. */
    @Query(nativeQuery = true, value = """
            select c.submitted_month as month, :themeId as themeId, c.mood as mood, c.author_role as role,
                   c.age_band as ageBand, c.lives_in_county as livesInCounty, count(*) as views
            from contribution c
            where c.status = 'APPROVED' and c.about is null
              and (:themeId = 0 or exists (select 1 from contribution_theme t
                                           where t.contribution_id = c.id and t.theme_id = :themeId))
            group by c.submitted_month, c.mood, c.author_role, c.age_band, c.lives_in_county""")
    List<Object[]> countSharedFacts(@Param("themeId") long themeId);

    /** Gives every view of one theme the other theme as well (once), for a merge. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into contribution_theme (contribution_id, theme_id)
            select contribution_id, :intoId from contribution_theme where theme_id = :fromId""")
    int copyTheme(@Param("fromId") long fromId, @Param("intoId") long intoId);

    @Modifying
    @Query(nativeQuery = true, value = "delete from contribution_theme where theme_id = :themeId")
    int dropTheme(@Param("themeId") long themeId);

    /** Approved writing about any of the given things, oldest first. */
    @Query("""
            select c from Contribution c
            where c.about = :about and c.aboutId in :aboutIds and c.status = org.ourvoice.voice.domain.ContributionStatus.APPROVED
            order by c.decidedAt, c.id""")
    List<Contribution> findApprovedAbout(@Param("about") String about, @Param("aboutIds") Collection<Long> aboutIds);

    /** One young person's writing about any of the given things, newest first. */
    @Query("""
            select c from Contribution c
            where c.about = :about and c.aboutId in :aboutIds and c.authorId = :authorId
            order by c.submittedAt desc, c.id desc""")
    List<Contribution> findMineAbout(@Param("about") String about, @Param("aboutIds") Collection<Long> aboutIds,
            @Param("authorId") long authorId);

    /** The id and the moment it was shared (or sent, before moderation dates were kept) of each shared view among the ids. */
    @Query("""
            select c.id, coalesce(c.decidedAt, c.submittedAt) from Contribution c
            where c.id in :ids and c.about is null and c.status = org.ourvoice.voice.domain.ContributionStatus.APPROVED""")
    List<Object[]> findSharedAt(@Param("ids") Collection<Long> ids);

    List<Contribution> findByAuthorIdOrderBySubmittedAtDescIdDesc(long authorId, Pageable page);

    /** Writing by accounts that still exist, in the order it was written, for counting who took part. */
    List<Contribution> findByIdGreaterThanAndAuthorIdIsNotNullOrderByIdAsc(long afterId, Pageable page);

    long countByAuthorId(long authorId);

    long countByAuthorIdAndStatus(long authorId, ContributionStatus status);

    @Query("select c.id from Contribution c where c.authorId = :authorId")
    List<Long> idsByAuthor(@Param("authorId") long authorId);

    @Modifying
    @Query("update Contribution c set c.authorId = null, c.showName = false where c.authorId = :authorId")
    int anonymiseAuthor(@Param("authorId") long authorId);
}
