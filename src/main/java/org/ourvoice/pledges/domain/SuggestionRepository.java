package org.ourvoice.pledges.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    Optional<Suggestion> findByContributionId(long contributionId);

    List<Suggestion> findByVersionIdInOrderByMadeAtAscIdAsc(Collection<Long> versionIds);

    List<Suggestion> findByTakenIntoVersionIdOrderByDecidedAtAscIdAsc(long versionId);

    List<Suggestion> findByAuthorIdOrderByMadeAtDescIdDesc(long authorId);

    @Modifying
    @Query("update Suggestion s set s.authorId = null where s.authorId = :authorId")
    int anonymiseAuthor(long authorId);

    @Modifying
    @Query("delete from Suggestion s where s.authorId = :authorId and s.outcome is null")
    int deleteUndecidedByAuthor(long authorId);
}
