package org.ourvoice.accounts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourvoice.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Accounts; display names compare without regard to case (the column's collation does that). */
public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByDisplayName(String displayName);

    boolean existsByDisplayName(String displayName);

    boolean existsByRole(Role role);

    List<Account> findByRoleAndEnabledTrue(Role role);

    /** Young people aged 16 to 17 whose age band was last checked before the cutoff: they may be 18 now. */
    @Query("""
            select a from Account a
            where a.role = org.ourvoice.security.Role.YOUNG_PERSON
              and a.ageBand = org.ourvoice.accounts.domain.AgeBand.AGE_16_17
              and a.erasedAt is null and a.ageBandConfirmedAt < :cutoff
            order by a.ageBandConfirmedAt""")
    List<Account> mayHaveTurned18(@Param("cutoff") java.time.Instant cutoff, Pageable pageable);

    @Query("""
            select count(a) from Account a
            where a.role = org.ourvoice.security.Role.YOUNG_PERSON
              and a.ageBand = org.ourvoice.accounts.domain.AgeBand.AGE_16_17
              and a.erasedAt is null and a.ageBandConfirmedAt < :cutoff""")
    long countMayHaveTurned18(@Param("cutoff") java.time.Instant cutoff);

    /** Accounts in the roles, not yet erased, whose last sign-in (or creation, if never) is before the cutoff. */
    @Query("""
            select a.id from Account a
            where a.role in :roles and a.erasedAt is null
              and coalesce(a.lastSignInAt, a.createdAt) < :cutoff""")
    List<Long> inactiveSince(@Param("roles") Collection<Role> roles, @Param("cutoff") java.time.Instant cutoff);

    @Query("""
            select a from Account a
            where a.role in :roles and (:name is null or a.displayName like concat('%', :name, '%'))
            order by a.displayName""")
    List<Account> search(@Param("roles") Collection<Role> roles, @Param("name") @Nullable String name,
            Pageable pageable);

    @Query("""
            select count(a) from Account a
            where a.role in :roles and (:name is null or a.displayName like concat('%', :name, '%'))""")
    long countSearch(@Param("roles") Collection<Role> roles, @Param("name") @Nullable String name);
}
