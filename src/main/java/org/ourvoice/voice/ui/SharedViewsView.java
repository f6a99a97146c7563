package org.ourvoice.voice.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;

/** What young people said, as the board may read it: approved views only, named only by choice. */
@Route("shared-views")
@RolesAllowed({Roles.BOARD, Roles.WORKER})
@Menu(order = 30, title = "nav.sharedViews", icon = "vaadin:comments")
public class SharedViewsView extends VerticalLayout implements HasDynamicTitle {

    private final SharedViewService shared;
    private final Grid<SharedView> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private @Nullable Long themeId;

    public SharedViewsView(SharedViewService shared, ThemeService themeService) {
        this.shared = shared;
        addClassName("shared-views");
        List<ThemeChoice> all = themeService.all();
        Map<Long, ThemeChoice> themes = all.stream().collect(Collectors.toMap(ThemeChoice::id, Function.identity()));

        Select<Optional<ThemeChoice>> theme = new Select<>();
        theme.setId("shared-theme");
        theme.setLabel(getTranslation("shared.theme"));
        List<Optional<ThemeChoice>> options = new ArrayList<>();
        options.add(Optional.empty());
        all.forEach(t -> options.add(Optional.of(t)));
        theme.setItems(options);
        theme.setItemLabelGenerator(o -> o.map(ThemeChoice::name).orElse(getTranslation("shared.allThemes")));
        theme.setValue(Optional.empty());
        theme.addValueChangeListener(e -> {
            themeId = e.getValue() == null ? null : e.getValue().map(ThemeChoice::id).orElse(null);
            refresh();
        });

        count.setId("shared-count");
        grid.setId("shared-grid");
        grid.setAriaLabel(getTranslation("nav.sharedViews"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> DisplayFormats.date(v.sharedAt())).setHeader(getTranslation("shared.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SharedView::text).setHeader(getTranslation("shared.words")).setFlexGrow(4);
        grid.addColumn(v -> ThemeLabels.names(themes, v.themeIds())).setHeader(getTranslation("shared.themes"))
                .setFlexGrow(1);
        grid.addColumn(v -> v.mood().face() + " " + getTranslation(v.mood().messageKey()))
                .setHeader(getTranslation("shared.mood")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        grid.addColumn(v -> v.name() == null ? getTranslation("shared.anonymous") : v.name())
                .setHeader(getTranslation("shared.name")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> shared.shared(themeId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) shared.countShared(themeId));
        add(new Paragraph(getTranslation("shared.intro")), theme, count, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        count.setText(getTranslation("shared.count", shared.countShared(themeId)));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sharedViews");
    }
}
