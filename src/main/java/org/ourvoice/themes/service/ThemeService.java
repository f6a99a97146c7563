package org.ourvoice.themes.service;

import jakarta.annotation.security.RolesAllowed;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.audit.service.AuditTrail;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.domain.Theme;
import org.ourvoice.themes.domain.ThemeMerge;
import org.ourvoice.themes.domain.ThemeMergeRepository;
import org.ourvoice.themes.domain.ThemeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The theme list: what young people choose from when they say something, and what the board reads
 * figures by. Participation workers keep it: add, describe, retire and merge themes; merging moves
 * every view over and keeps the old theme, retired, for the record.
 */
@Service
public class ThemeService {

    public static final int NAME_LENGTH = 80;
    public static final int DESCRIPTION_LENGTH = 500;
    /** Icons a worker can give a theme: simple pictures young people recognise. */
    public static final List<String> ICONS = List.of("vaadin:home", "vaadin:academy-cap", "vaadin:heart",
            "vaadin:users", "vaadin:user-heart", "vaadin:piggy-bank-coin", "vaadin:key", "vaadin:football",
            "vaadin:megaphone", "vaadin:shield", "vaadin:car", "vaadin:bus", "vaadin:phone", "vaadin:globe",
            "vaadin:book", "vaadin:briefcase", "vaadin:cutlery", "vaadin:doctor", "vaadin:family",
            "vaadin:music", "vaadin:palette", "vaadin:star", "vaadin:sun-o", "vaadin:tree-table",
            "vaadin:comment", "vaadin:laptop");

    private final ThemeRepository themes;
    private final ThemeMergeRepository merges;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThemeService(ThemeRepository themes, ThemeMergeRepository merges, AuditTrail audit, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.themes = themes;
        this.merges = merges;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
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
        Set<Long> wanted = new HashSet<>(ids);
        return themes.countByIdInAndActiveTrue(wanted) == wanted.size();
    }

    @RolesAllowed(Roles.WORKER)
    @Transactional
    public ThemeChoice create(ThemeForm form) {
        ThemeForm checked = checked(form);
        if (themes.existsByNameIgnoreCase(checked.name())) {
            throw new UserFacingException("themes.nameTaken");
        }
        Theme theme;
        try {
            theme = themes.save(new Theme(uniqueCode(checked.name()), checked.name(), checked.label(),
                    checked.icon(), checked.description(), themes.maxSortOrder() + 10));
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            // Another worker added a theme with this name (and so this code) a moment ago.
            throw new UserFacingException("themes.nameTaken");
        }
        audit.record(AuditAction.THEME_CREATED, "theme " + theme.requireId(), checked.name());
        return choice(theme);
    }

    @RolesAllowed(Roles.WORKER)
    @Transactional
    public ThemeChoice update(long themeId, long expectedVersion, ThemeForm form) {
        ThemeForm checked = checked(form);
        Theme theme = current(themeId, expectedVersion);
        if (themes.existsByNameIgnoreCaseAndIdNot(checked.name(), themeId)) {
            throw new UserFacingException("themes.nameTaken");
        }
        theme.describe(checked.name(), checked.label(), checked.icon(), checked.description());
        flush();
        audit.record(AuditAction.THEME_CHANGED, "theme " + themeId, checked.name());
        return choice(theme);
    }

    /** Retires a theme (young people no longer see it) or brings it back; its views stay. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public ThemeChoice setActive(long themeId, long expectedVersion, boolean active) {
        Theme theme = current(themeId, expectedVersion);
        if (active && theme.getMergedInto() != null) {
            throw new UserFacingException("themes.mergedStaysRetired");
        }
        if (!active && theme.isActive() && themes.countByActiveTrue() <= 1) {
            throw new UserFacingException("themes.lastActive");
        }
        theme.setActive(active);
        flush();
        audit.record(active ? AuditAction.THEME_RESTORED : AuditAction.THEME_RETIRED, "theme " + themeId, null);
        return choice(theme);
    }

    /** Moves every view of one theme to another; the first stays, retired, with a record of the merge. */
    @RolesAllowed(Roles.WORKER)
    @Transactional
    public void merge(long fromThemeId, long intoThemeId) {
        if (fromThemeId == intoThemeId) {
            throw new UserFacingException("themes.mergeSame");
        }
        Theme from = themes.findById(fromThemeId).orElseThrow(() -> new UserFacingException("themes.gone"));
        Theme into = themes.findById(intoThemeId).orElseThrow(() -> new UserFacingException("themes.gone"));
        if (from.getMergedInto() != null || !into.isActive()) {
            throw new UserFacingException("themes.mergeRetired");
        }
        from.mergeInto(into);
        merges.save(new ThemeMerge(fromThemeId, intoThemeId, currentUser.require().accountId(), clock.instant()));
        flush();
        events.publishEvent(new ThemesMerged(fromThemeId, intoThemeId));
        audit.record(AuditAction.THEMES_MERGED, "theme " + fromThemeId, "into theme " + intoThemeId);
    }

    private Theme current(long themeId, long expectedVersion) {
        Theme theme = themes.findById(themeId).orElseThrow(() -> new UserFacingException("themes.gone"));
        if (theme.getVersion() != expectedVersion) {
            throw new UserFacingException("form.conflict");
        }
        return theme;
    }

    private void flush() {
        try {
            themes.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("form.conflict");
        }
    }

    private static ThemeForm checked(ThemeForm form) {
        String name = text(form.name(), NAME_LENGTH);
        String label = text(form.label(), NAME_LENGTH);
        String description = text(form.description(), DESCRIPTION_LENGTH);
        if (name.isEmpty()) {
            throw new UserFacingException("themes.nameNeeded");
        }
        if (label.isEmpty()) {
            throw new UserFacingException("themes.labelNeeded");
        }
        if (!ICONS.contains(form.icon())) {
            throw new UserFacingException("themes.iconNeeded");
        }
        return new ThemeForm(name, label, form.icon(), description);
    }

    private static String text(String value, int max) {
        if (TextRules.hasControlCharacters(value)) {
            throw new UserFacingException("form.controlCharacters");
        }
        String tidy = TextRules.tidy(value);
        if (TextRules.visibleLength(tidy) > max) {
            throw new UserFacingException("form.tooLong", max);
        }
        return tidy;
    }

    /** A short, stable code from the name ("Money & bills" becomes "money-bills"), unique among themes. */
    private String uniqueCode(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "theme";
        }
        base = base.length() > 30 ? base.substring(0, 30).replaceAll("-+$", "") : base;
        String code = base;
        for (int n = 2; themes.existsByCode(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    static ThemeChoice choice(Theme theme) {
        return new ThemeChoice(theme.requireId(), theme.getCode(), theme.getName(), theme.getLabel(),
                "theme.label." + theme.getCode(), theme.getIcon(), theme.isActive(), theme.getDescription(),
                theme.getVersion(), theme.getMergedInto());
    }
}
