package org.ourvoice.board.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardResponseRepository extends JpaRepository<BoardResponse, Long> {

    Optional<BoardResponse> findByDecisionId(long decisionId);

    List<BoardResponse> findByDecisionIdIn(Collection<Long> decisionIds);

    List<BoardResponse> findAllByOrderByPublishedAtDesc();

    List<BoardResponse> findByPublishedAtBetweenOrderByPublishedAtDesc(Instant from, Instant to);
}
