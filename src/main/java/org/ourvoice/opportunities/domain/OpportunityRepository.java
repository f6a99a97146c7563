package org.ourvoice.opportunities.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Opportunities, soonest first. */
public interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    /** Takes the opportunity's row lock, so two people cannot take the last place at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Opportunity o where o.id = :id")
    Optional<Opportunity> lockById(@Param("id") long id);

    List<Opportunity> findByEndsAtAfterOrderByStartsAtAscIdAsc(Instant after);

    /** Those still going ahead that start in the window, for reminders. */
    List<Opportunity> findByStartsAtBetweenAndCancelledAtIsNullOrderByStartsAtAsc(Instant from, Instant to);

    List<Opportunity> findByEndsAtLessThanEqualOrderByStartsAtDescIdDesc(Instant before, Pageable page);
}
