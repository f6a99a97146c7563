package org.ourvoice.themes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeForm;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.Notices;

/** Participation workers keep the theme list: add, describe, retire, bring back and merge themes. */
@Route("theme-list")
@RolesAllowed(Roles.WORKER)
@Menu(order = 23, title = "nav.themes", icon = "vaadin:tags")
public class ThemesView extends VerticalLayout implements HasDynamicTitle {

    private final ThemeService themes;
    private final Grid<ThemeChoice> grid = new Grid<>();
    private Map<Long, ThemeChoice> byId = Map.of();

    public ThemesView(ThemeService themes) {
        this.themes = themes;
        addClassName("themes-view");
        Button add = new Button(getTranslation("themes.add"), click -> new ThemeDialog(getTranslation("themes.add"),
                new ThemeForm("", "", "", ""), form -> {
                    themes.create(form);
                    Notices.success(getTranslation("themes.saved"));
                    refresh();
                }).open());
        add.setId("theme-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("themes-grid");
        grid.setAriaLabel(getTranslation("nav.themes"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> {
            Icon icon = new Icon(t.icon());
            icon.getElement().setAttribute("aria-hidden", "true");
            return new Span(icon, new Span(" " + t.name()));
        }).setHeader(getTranslation("themes.name")).setFlexGrow(2);
        grid.addColumn(ThemeChoice::label).setHeader(getTranslation("themes.label")).setFlexGrow(2);
        grid.addColumn(ThemeChoice::description).setHeader(getTranslation("themes.description")).setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("themes.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(new Paragraph(getTranslation("themes.intro")), add, grid);
        setSizeFull();
        refresh();
    }

    private String status(ThemeChoice theme) {
        if (theme.mergedInto() != null) {
            ThemeChoice into = byId.get(theme.mergedInto());
            return getTranslation("themes.mergedInto", into == null ? "" : into.name());
        }
        return getTranslation(theme.active() ? "themes.active" : "themes.retired");
    }

    private Span actions(ThemeChoice theme) {
        Span actions = new Span();
        if (theme.mergedInto() != null) {
            return actions;
        }
        Button edit = new Button(getTranslation("themes.edit"), click -> edit(theme));
        Button activity = new Button(getTranslation(theme.active() ? "themes.retire" : "themes.restore"), click -> {
            try {
                themes.setActive(theme.id(), theme.version(), !theme.active());
            } finally {
                refresh();
            }
        });
        actions.add(edit, activity);
        if (theme.active()) {
            Button merge = new Button(getTranslation("themes.merge"), click -> merge(theme));
            merge.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(merge);
        }
        for (var button : actions.getChildren().toList()) {
            ((Button) button).addThemeVariants(ButtonVariant.SMALL);
        }
        return actions;
    }

    /**
     * Opens the theme to change. When someone else changed it meanwhile, the list is reloaded and
     * the next save goes over the latest version, keeping what this worker typed.
     */
    private void edit(ThemeChoice theme) {
        long[] version = {theme.version()};
        new ThemeDialog(getTranslation("themes.edit"), new ThemeForm(theme.name(), theme.label(), theme.icon(),
                theme.description()), form -> {
                    try {
                        themes.update(theme.id(), version[0], form);
                    } catch (UserFacingException refused) {
                        if ("form.conflict".equals(refused.messageKey())) {
                            refresh();
                            ThemeChoice latest = byId.get(theme.id());
                            version[0] = latest == null ? version[0] : latest.version();
                        }
                        throw refused;
                    }
                    Notices.success(getTranslation("themes.saved"));
                    refresh();
                }).open();
    }

    private void merge(ThemeChoice from) {
        Select<ThemeChoice> into = new Select<>();
        into.setId("merge-into");
        into.setLabel(getTranslation("themes.merge.into"));
        into.setItems(themes.choices().stream().filter(t -> t.id() != from.id()).toList());
        into.setItemLabelGenerator(ThemeChoice::name);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("themes.merge.title", from.name()));
        confirm.add(new Paragraph(getTranslation("themes.merge.text", from.name())), into);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("themes.merge"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (into.getValue() == null) {
                Notices.problem(getTranslation("themes.mergeSame"));
                return;
            }
            try {
                themes.merge(from.id(), into.getValue().id());
            } finally {
                refresh();
            }
            Notices.success(getTranslation("themes.merged"));
        });
        confirm.open();
    }

    private void refresh() {
        List<ThemeChoice> all = themes.all();
        byId = all.stream().collect(Collectors.toMap(ThemeChoice::id, Function.identity()));
        grid.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.themes");
    }
}
