package org.ourvoice.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The board's actions as other features may refer to them (for example a promise's delivery
 * evidence linking to the action that delivers it). Implemented by the feature that records
 * decisions and actions; features using it cope with there being no implementation.
 */
public interface BoardActionDirectory {

    /** An action in a form fit to show beside something else: never any young person's words. */
    record ActionSummary(long id, String title, String owner, LocalDate dueOn, String status, boolean overdue) {}

    /** Actions not yet done or found not possible, soonest due first. */
    List<ActionSummary> openActions();

    Optional<ActionSummary> find(long actionId);
}
