package org.ourvoice.voice.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.Choices;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;

/**
 * What young people said, as the board may read it: approved views only, named only by choice,
 * narrowed by theme, feeling, months and quotes. The themes dashboard opens onto it for a theme;
 * participation workers choose quotes for the board here.
 */
@Route("shared-views")
@RolesAllowed({Roles.BOARD, Roles.WORKER})
@Menu(order = 30, title = "nav.sharedViews", icon = "vaadin:comments")
public class SharedViewsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final SharedViewService shared;
    private final Grid<SharedView> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Select<Optional<ThemeChoice>> theme = new Select<>();
    private final Select<Optional<Mood>> mood = new Select<>();
    private final Checkbox quotesOnly = new Checkbox();
    private final Map<Long, ThemeChoice> themes;
    private @Nullable YearMonth from;
    private @Nullable YearMonth to;

    public SharedViewsView(SharedViewService shared, ThemeService themeService, CurrentUser currentUser) {
        this.shared = shared;
        addClassName("shared-views");
        List<ThemeChoice> all = themeService.all();
        themes = all.stream().collect(Collectors.toMap(ThemeChoice::id, Function.identity()));

        theme.setId("shared-theme");
        theme.setLabel(getTranslation("shared.theme"));
        theme.setItems(Choices.withAll(all));
        theme.setItemLabelGenerator(o -> o.map(ThemeChoice::name).orElse(getTranslation("shared.allThemes")));
        theme.setValue(Optional.empty());
        mood.setId("shared-mood");
        mood.setLabel(getTranslation("shared.mood"));
        mood.setItems(Choices.withAll(Arrays.asList(Mood.values())));
        mood.setItemLabelGenerator(o -> o.map(m -> m.face() + " " + getTranslation(m.messageKey()))
                .orElse(getTranslation("shared.allMoods")));
        mood.setValue(Optional.empty());
        quotesOnly.setId("shared-quotes-only");
        quotesOnly.setLabel(getTranslation("shared.quotesOnly"));
        theme.addValueChangeListener(e -> refresh());
        mood.addValueChangeListener(e -> refresh());
        quotesOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(theme, mood, quotesOnly);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

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
        boolean worker = currentUser.find().map(u -> u.role() == Role.WORKER).orElse(false);
        if (worker) {
            grid.addComponentColumn(this::quoteBox).setHeader(getTranslation("shared.quote")).setAutoWidth(true)
                    .setFlexGrow(0);
        } else {
            grid.addColumn(v -> v.quote() ? getTranslation("shared.quote") : "")
                    .setHeader(getTranslation("shared.quote")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(query -> shared.shared(filter(), query.getOffset(), query.getLimit()).stream());
        add(new Paragraph(getTranslation("shared.intro")), filters, count, grid);
        setSizeFull();
    }

    private Checkbox quoteBox(SharedView view) {
        Checkbox box = new Checkbox(view.quote());
        box.setAriaLabel(getTranslation("shared.quote"));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            shared.chooseAsQuote(view.id(), e.getValue());
            Notices.success(getTranslation(e.getValue() ? "shared.quoteChosen" : "shared.quoteRemoved"));
        });
        return box;
    }

    /** Reads what the dashboard passes: {@code ?theme=3&from=2026-01&to=2026-12&quotes=true}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        // the address decides, also when the screen is already open: no theme there means all themes
        theme.setValue(parameters.getSingleParameter("theme").flatMap(SharedViewsView::number).map(themes::get));
        from = parameters.getSingleParameter("from").map(SharedViewsView::month).orElse(null);
        to = parameters.getSingleParameter("to").map(SharedViewsView::month).orElse(null);
        quotesOnly.setValue(parameters.getSingleParameter("quotes").map("true"::equals).orElse(false));
        refresh();
    }

    private SharedFilter filter() {
        return new SharedFilter(theme.getValue() == null ? null : theme.getValue().map(ThemeChoice::id).orElse(null),
                quotesOnly.getValue(), mood.getValue() == null ? null : mood.getValue().orElse(null), from, to);
    }

    private void refresh() {
        long views = shared.countShared(filter());
        count.setText(views > SharedFilter.COUNT_CAP ? getTranslation("shared.countMany", SharedFilter.COUNT_CAP)
                : getTranslation("shared.count", views));
        grid.getDataProvider().refreshAll();
    }


    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static @Nullable YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sharedViews");
    }
}
