package org.ourvoice.board.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.domain.ActionStatus;
import org.ourvoice.board.service.ActionFilter;
import org.ourvoice.board.service.ActionItem;
import org.ourvoice.board.service.ActionService;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.board.service.MeetingSummary;
import org.ourvoice.board.service.OwnerChoice;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.Choices;

/** Every action, soonest due first, filtered by status, owner, theme, meeting and overdue, with a CSV download. */
@Route("action-tracker")
@RolesAllowed({Roles.BOARD, Roles.WORKER})
@Menu(order = 33, title = "board.nav.tracker", icon = "vaadin:tasks")
public class ActionTrackerView extends VerticalLayout implements HasDynamicTitle {

    private final ActionService actions;
    private final Grid<ActionItem> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Select<Optional<ActionStatus>> status = new Select<>();
    private final Select<Optional<OwnerChoice>> owner = new Select<>();
    private final Select<Optional<ThemeChoice>> theme = new Select<>();
    private final Select<Optional<MeetingSummary>> meeting = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();

    public ActionTrackerView(ActionService actions, MeetingService meetings, ThemeService themeService) {
        this.actions = actions;
        addClassName("action-tracker");
        List<ThemeChoice> themeList = themeService.all();
        Map<Long, ThemeChoice> themes = BoardThemes.byId(themeList);
        filter(status, "tracker-status", "board.tracker.status", Arrays.asList(ActionStatus.values()),
                s -> getTranslation(s.messageKey()), "board.tracker.allStatuses");
        filter(owner, "tracker-owner", "board.tracker.owner", actions.owners(), OwnerChoice::name,
                "board.tracker.allOwners");
        filter(theme, "tracker-theme", "board.tracker.theme", themeList, ThemeChoice::name, "board.tracker.allThemes");
        filter(meeting, "tracker-meeting", "board.tracker.meeting", meetings.meetings(),
                m -> BoardMeetingsView.DAY.format(m.meetsOn()) + ", " + m.place(), "board.tracker.allMeetings");
        overdueOnly.setId("tracker-overdue");
        overdueOnly.setLabel(getTranslation("board.tracker.overdueOnly"));
        overdueOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, owner, theme, meeting, overdueOnly);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = actions.exportCsv(filter(), (key, args) -> getTranslation(key, args));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "ourvoice-actions.csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("board.tracker.csv"));
        csv.setId("tracker-csv");
        csv.addClassName("home-link");

        count.setId("tracker-count");
        grid.setId("tracker-grid");
        grid.setAriaLabel(getTranslation("board.nav.tracker"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ActionItem::title).setHeader(getTranslation("board.csv.action")).setFlexGrow(3);
        grid.addColumn(ActionItem::ownerName).setHeader(getTranslation("board.csv.owner")).setAutoWidth(true);
        grid.addColumn(a -> BoardMeetingsView.DAY.format(a.dueOn())).setHeader(getTranslation("board.csv.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("board.csv.status")).setAutoWidth(true);
        grid.addColumn(ActionItem::decisionTitle).setHeader(getTranslation("board.tracker.decision")).setFlexGrow(2);
        grid.addColumn(a -> BoardThemes.names(themes, a.themeIds())).setHeader(getTranslation("board.tracker.theme"))
                .setFlexGrow(1);
        grid.addColumn(a -> BoardMeetingsView.DAY.format(a.meetsOn())).setHeader(getTranslation("board.csv.meeting"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setItems(query -> actions.tracker(filter(), query.getOffset(), query.getLimit()).stream());
        add(new Paragraph(getTranslation("board.tracker.intro")), filters, count, csv, grid);
        setSizeFull();
        refresh();
    }

    private <T> void filter(Select<Optional<T>> select, String id, String labelKey, List<T> values,
            java.util.function.Function<T, String> label, String allKey) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(Choices.withAll(values));
        select.setItemLabelGenerator(o -> o.map(label).orElse(getTranslation(allKey)));
        select.setValue(Optional.empty());
        select.addValueChangeListener(e -> refresh());
    }

    private Span statusCell(ActionItem a) {
        Span cell = new Span(getTranslation(a.status().messageKey()));
        if (a.overdue()) {
            cell.setText(getTranslation("board.action.overdue") + " \u2014 " + getTranslation(a.status().messageKey()));
            cell.addClassNames("status-badge", "status-overdue");
        }
        return cell;
    }

    private ActionFilter filter() {
        return new ActionFilter(chosen(status), chosen(owner) == null ? null : chosen(owner).id(),
                chosen(theme) == null ? null : chosen(theme).id(), chosen(meeting) == null ? null : chosen(meeting).id(),
                overdueOnly.getValue());
    }

    private static <T> @Nullable T chosen(Select<Optional<T>> select) {
        return select.getValue() == null ? null : select.getValue().orElse(null);
    }

    private void refresh() {
        count.setText(getTranslation("board.tracker.count", actions.countTracker(filter())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.nav.tracker");
    }
}
