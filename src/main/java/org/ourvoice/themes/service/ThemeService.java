package org.ourvoice.themes.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.domain.Theme;
import org.ourvoice.themes.domain.ThemeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The theme list, for the forms that ask what a view is about and the screens that show it. */
@Service
public class ThemeService {

    private final ThemeRepository themes;

    ThemeService(ThemeRepository themes) {
        this.themes = themes;
    }

    /** The themes a young person can choose from today. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ThemeChoice> choices() {
        return themes.findByActiveTrueOrderBySortOrderAscNameAsc().stream().map(ThemeService::choice).toList();
    }

    /** Every theme, retired ones too, so that older views still show what they were about. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ThemeChoice> all() {
        return themes.findAllByOrderBySortOrderAscNameAsc().stream().map(ThemeService::choice).toList();
    }

    /** True when every id names an active theme: what a new or re-tagged view may carry. */
    @RolesAllowed(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean allActive(Collection<Long> ids) {
        Set<Long> active = new HashSet<>();
        themes.findByActiveTrueOrderBySortOrderAscNameAsc().forEach(t -> active.add(t.requireId()));
        return active.containsAll(ids);
    }

    static ThemeChoice choice(Theme theme) {
        return new ThemeChoice(theme.requireId(), theme.getCode(), theme.getName(), theme.getLabel(),
                "theme.label." + theme.getCode(), theme.getIcon(), theme.isActive());
    }
}
