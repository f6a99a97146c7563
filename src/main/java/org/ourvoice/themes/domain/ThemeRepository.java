package org.ourvoice.themes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findByActiveTrueOrderBySortOrderAscNameAsc();

    List<Theme> findAllByOrderBySortOrderAscNameAsc();
}
