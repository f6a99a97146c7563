package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.service.AgendaForm;
import org.ourvoice.board.service.AgendaLine;
import org.ourvoice.board.service.MeetingDetail;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.board.service.MeetingSummary;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.Notices;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;

/** The board's meetings: when and where, each one's agenda with the themes and views it considers, who came. */
@Route("board-meetings")
@RolesAllowed({Roles.BOARD, Roles.WORKER})
@Menu(order = 31, title = "board.nav.meetings", icon = "vaadin:calendar-user")
public class BoardMeetingsView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final MeetingService meetings;
    private final Map<Long, ThemeChoice> themes;
    private final List<ThemeChoice> themeList;
    private final SharedViewService shared;
    private final Grid<MeetingSummary> grid = new Grid<>();
    private final Div detail = new Div();

    public BoardMeetingsView(MeetingService meetings, ThemeService themeService, SharedViewService shared) {
        this.meetings = meetings;
        this.shared = shared;
        this.themeList = themeService.all();
        this.themes = BoardThemes.byId(themeList);
        addClassName("board-meetings");

        Button create = new Button(getTranslation("board.meetings.new"), click -> new MeetingDialog(
                getTranslation("board.meetings.new"), null, form -> {
                    MeetingSummary made = meetings.create(form);
                    Notices.success(getTranslation("board.meetings.saved"));
                    refresh(made.id());
                }).open());
        create.setId("meeting-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("meeting-grid");
        grid.setAriaLabel(getTranslation("board.nav.meetings"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> DAY.format(m.meetsOn())).setHeader(getTranslation("board.meetings.date")).setAutoWidth(true);
        grid.addColumn(MeetingSummary::place).setHeader(getTranslation("board.meetings.place")).setFlexGrow(2);
        grid.addColumn(MeetingSummary::agendaItems).setHeader(getTranslation("board.meetings.agendaCount"))
                .setAutoWidth(true);
        grid.addColumn(MeetingSummary::decisions).setHeader(getTranslation("board.meetings.decisionCount"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("meeting-detail");
        detail.setWidthFull();
        add(new Paragraph(getTranslation("board.meetings.intro")), create, grid, detail);
        refresh(null);
    }

    private void refresh(@Nullable Long select) {
        List<MeetingSummary> all = meetings.meetings();
        grid.setItems(all);
        if (all.isEmpty()) {
            detail.removeAll();
            detail.add(new Paragraph(getTranslation("board.meetings.none")));
            return;
        }
        all.stream().filter(m -> select != null && m.id() == select).findFirst()
                .ifPresentOrElse(grid::select, () -> show(null));
    }

    private void show(@Nullable MeetingSummary meeting) {
        detail.removeAll();
        if (meeting == null) {
            detail.add(new Paragraph(getTranslation("board.meetings.choose")));
            return;
        }
        MeetingDetail found = meetings.meeting(meeting.id());
        MeetingSummary m = found.meeting();
        H3 heading = new H3(getTranslation("board.meetings.heading", DAY.format(m.meetsOn()), m.place()));
        heading.setId("meeting-heading");
        Button edit = new Button(getTranslation("board.meetings.edit"), click -> new MeetingDialog(
                getTranslation("board.meetings.edit"), m, form -> {
                    meetings.update(m.id(), m.version(), form);
                    Notices.success(getTranslation("board.meetings.saved"));
                    refresh(m.id());
                }).open());
        edit.setId("meeting-edit");
        Paragraph attending = new Paragraph(getTranslation("board.meetings.attending", found.youngPeopleAttending()));
        attending.setId("meeting-attending");
        detail.add(heading, edit, attending);
        if (!found.attendeeNames().isEmpty()) {
            detail.add(new Paragraph(getTranslation("board.meetings.attendingNames",
                    String.join(", ", found.attendeeNames()))));
        }
        detail.add(new H4(getTranslation("board.agenda.heading")));
        OrderedList agenda = new OrderedList();
        agenda.setId("agenda-list");
        found.agenda().forEach(line -> agenda.add(agendaItem(m, line)));
        detail.add(found.agenda().isEmpty() ? new Paragraph(getTranslation("board.agenda.none")) : agenda);
        detail.add(addForm(m));
    }

    private ListItem agendaItem(MeetingSummary meeting, AgendaLine line) {
        ListItem item = new ListItem();
        item.addClassName("agenda-item");
        item.add(new Paragraph(line.title()));
        if (!line.themeIds().isEmpty()) {
            item.add(new Paragraph(getTranslation("board.agenda.themes", BoardThemes.names(themes, line.themeIds()))));
        }
        if (!line.views().isEmpty()) {
            item.add(new Paragraph(getTranslation("board.agenda.views", line.views().stream()
                    .map(v -> "\u201C" + BoardThemes.shorten(v.text()) + "\u201D").reduce((a, b) -> a + " " + b)
                    .orElse(""))));
        }
        Button remove = new Button(getTranslation("board.agenda.remove"), click -> {
            meetings.removeAgendaItem(line.id());
            Notices.success(getTranslation("board.agenda.removed"));
            refresh(meeting.id());
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("board.agenda.remove") + ": " + line.title());
        item.add(remove);
        return item;
    }

    private VerticalLayout addForm(MeetingSummary meeting) {
        TextField title = new TextField(getTranslation("board.agenda.title"));
        title.setId("agenda-title");
        title.setMaxLength(300);
        title.setWidthFull();
        MultiSelectComboBox<ThemeChoice> themePicker = BoardThemes.themePicker("agenda-themes",
                getTranslation("board.form.themes"), themeList);
        MultiSelectComboBox<SharedView> viewPicker = BoardThemes.viewPicker("agenda-views",
                getTranslation("board.form.views"), getTranslation("board.form.viewsHelp"), shared, themes);
        Button add = new Button(getTranslation("board.agenda.add"), click -> {
            FieldErrors.clear(title, themePicker);
            try {
                meetings.addAgendaItem(meeting.id(), new AgendaForm(title.getValue(),
                        themePicker.getValue().stream().map(ThemeChoice::id).toList(),
                        viewPicker.getValue().stream().map(SharedView::id).toList()));
                Notices.success(getTranslation("board.agenda.added"));
                refresh(meeting.id());
            } catch (UserFacingException refused) {
                FieldErrors.show(this, refused, Map.of("board.linkNeeded", themePicker, "board.themeGone", themePicker,
                        "board.viewNotShared", viewPicker), title);
            }
        });
        add.setId("agenda-add");
        VerticalLayout form = new VerticalLayout(new H4(getTranslation("board.agenda.add")), title, themePicker,
                viewPicker, add);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.nav.meetings");
    }
}
