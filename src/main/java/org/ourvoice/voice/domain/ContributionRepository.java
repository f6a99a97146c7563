package org.ourvoice.voice.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {

    String WAITING_FILTER = """
            c.status = org.ourvoice.voice.domain.ContributionStatus.WAITING
            and (:urgentOnly = false or c.urgent = true)
            and (:personalOnly = false or c.personalInfo = true)
            and (:talkOnly = false or c.wantsToTalk = true)
            and (:ageBand is null or c.ageBand = :ageBand)
            and (:themeId is null or :themeId member of c.themeIds)
            """;

    String SHARED_FILTER = """
            c.status = org.ourvoice.voice.domain.ContributionStatus.APPROVED
            and (:themeId is null or :themeId member of c.themeIds)
            """;

    Optional<Contribution> findBySubmissionKey(String submissionKey);

    /** The moderation queue: urgent first, then the longest waiting. */
    @Query("select c from Contribution c where " + WAITING_FILTER
            + " order by c.urgent desc, c.submittedAt asc, c.id asc")
    List<Contribution> waiting(@Param("urgentOnly") boolean urgentOnly, @Param("personalOnly") boolean personalOnly,
            @Param("talkOnly") boolean talkOnly, @Param("ageBand") @Nullable String ageBand,
            @Param("themeId") @Nullable Long themeId, Pageable page);

    @Query("select count(c) from Contribution c where " + WAITING_FILTER)
    long countWaiting(@Param("urgentOnly") boolean urgentOnly, @Param("personalOnly") boolean personalOnly,
            @Param("talkOnly") boolean talkOnly, @Param("ageBand") @Nullable String ageBand,
            @Param("themeId") @Nullable Long themeId);

    /** Approved views, newest decision first, for the board and workers. */
    @Query("select c from Contribution c where " + SHARED_FILTER + " order by c.decidedAt desc, c.id desc")
    List<Contribution> shared(@Param("themeId") @Nullable Long themeId, Pageable page);

    @Query("select count(c) from Contribution c where " + SHARED_FILTER)
    long countShared(@Param("themeId") @Nullable Long themeId);

    List<Contribution> findByAuthorIdOrderBySubmittedAtDescIdDesc(long authorId, Pageable page);

    long countByAuthorId(long authorId);

    long countByAuthorIdAndStatus(long authorId, ContributionStatus status);

    @Query("select c.id from Contribution c where c.authorId = :authorId")
    List<Long> idsByAuthor(@Param("authorId") long authorId);

    @Modifying
    @Query("update Contribution c set c.authorId = null, c.showName = false where c.authorId = :authorId")
    int anonymiseAuthor(@Param("authorId") long authorId);
}
