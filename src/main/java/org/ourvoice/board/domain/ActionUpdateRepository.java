package org.ourvoice.board.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionUpdateRepository extends JpaRepository<ActionUpdate, Long> {

    List<ActionUpdate> findByActionIdOrderByWrittenAtDescIdDesc(long actionId);

    /** The updates of all the actions at once, newest first. */
    List<ActionUpdate> findByActionIdInOrderByWrittenAtDescIdDesc(Collection<Long> actionIds);
}
