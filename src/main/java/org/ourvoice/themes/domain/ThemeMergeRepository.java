package org.ourvoice.themes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeMergeRepository extends JpaRepository<ThemeMerge, Long> {

    List<ThemeMerge> findAllByOrderByMergedAtDesc();
}
