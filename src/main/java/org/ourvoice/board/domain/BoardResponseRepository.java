package org.ourvoice.board.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BoardResponseRepository extends JpaRepository<BoardResponse, Long> {

    Optional<BoardResponse> findByDecisionId(long decisionId);

    List<BoardResponse> findByDecisionIdIn(Collection<Long> decisionIds);

    List<BoardResponse> findAllByOrderByPublishedAtDesc();

    List<BoardResponse> findByPublishedAtBetweenOrderByPublishedAtDesc(Instant from, Instant to);

    /** Each view answered by a decision with a response, and the moment its first response was published. */
    @Query("""
            select v, min(r.publishedAt) from BoardResponse r, Decision d join d.viewIds v
            where d.id = r.decisionId group by v""")
    List<Object[]> firstResponseByView();
}
