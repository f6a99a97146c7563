package org.ourvoice.themes.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByActiveTrueOrderBySortOrderAscNameAsc();

    List<Theme> findAllByOrderBySortOrderAscNameAsc();

    boolean existsByCode(String code);

    long countByActiveTrue();

    long countByIdInAndActiveTrue(Collection<Long> ids);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query("select coalesce(max(t.sortOrder), 0) from Theme t")
    int maxSortOrder();
}
