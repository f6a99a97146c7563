package org.ourvoice.board.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderRunRepository extends JpaRepository<ReminderRun, Long> {
}
