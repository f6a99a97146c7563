package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.jspecify.annotations.Nullable;
import org.ourvoice.board.service.ActionItem;
import org.ourvoice.board.service.ActionService;
import org.ourvoice.board.service.BoardFigures;
import org.ourvoice.board.service.DecisionItem;
import org.ourvoice.board.service.DecisionPage;
import org.ourvoice.board.service.DecisionService;
import org.ourvoice.board.service.MeetingService;
import org.ourvoice.board.service.MeetingSummary;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.Choices;
import org.ourvoice.ui.Notices;
import org.ourvoice.voice.service.SharedViewService;

/**
 * The board's decisions: how well it closes the loop, each decision with the views it answers, its
 * actions and its "You said, we did" response, and the forms to record them. Decisions come a page
 * at a time, newest first, with a button that adds the next page.
 */
@Route("board-decisions")
@RolesAllowed({Roles.BOARD, Roles.WORKER})
@Menu(order = 32, title = "board.nav.decisions", icon = "vaadin:gavel")
public class BoardDecisionsView extends VerticalLayout implements HasDynamicTitle, DecisionCard.Actions {

    private final DecisionService decisions;
    private final ActionService actions;
    private final MeetingService meetings;
    private final SharedViewService shared;
    private final List<ThemeChoice> themeList;
    private final Map<Long, ThemeChoice> themes;
    private final Div figures = new Div();
    private final Div list = new Div();
    private final Select<Optional<MeetingSummary>> meetingFilter = new Select<>();
    private final Paragraph shownStatus = new Paragraph();
    private final Button more = new Button();
    /** How many pages of decisions are shown; a change of meeting starts again at one. */
    private int pages = 1;
    private int shown;

    public BoardDecisionsView(DecisionService decisions, ActionService actions, MeetingService meetings,
            SharedViewService shared, ThemeService themeService) {
        this.decisions = decisions;
        this.actions = actions;
        this.meetings = meetings;
        this.shared = shared;
        this.themeList = themeService.all();
        this.themes = BoardThemes.byId(themeList);
        addClassName("board-decisions");
        figures.setId("board-figures");
        figures.addClassName("board-figures");
        Button record = new Button(getTranslation("board.decisions.record"), click -> openDecision(null));
        record.setId("decision-new");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        meetingFilter.setId("decision-meeting-filter");
        meetingFilter.setLabel(getTranslation("board.decisions.filterMeeting"));
        meetingFilter.setItems(Choices.withAll(meetings.meetings()));
        meetingFilter.setItemLabelGenerator(o -> o.map(m -> BoardMeetingsView.DAY.format(m.meetsOn()) + ", "
                + m.place()).orElse(getTranslation("board.decisions.allMeetings")));
        meetingFilter.setValue(Optional.empty());
        meetingFilter.addValueChangeListener(e -> {
            pages = 1;
            refresh();
        });
        HorizontalLayout tools = new HorizontalLayout(record, meetingFilter);
        tools.setWrap(true);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        list.setId("decision-list");
        list.setWidthFull();
        shownStatus.setId("decision-shown");
        shownStatus.getElement().setAttribute("role", "status");
        more.setText(getTranslation("board.decisions.more"));
        more.setId("decision-more");
        more.addClickListener(click -> showMore());
        add(new Paragraph(getTranslation("board.decisions.intro")), figures, tools, list, shownStatus, more);
        refresh();
    }

    private void refresh() {
        BoardFigures f = decisions.figures();
        figures.removeAll();
        figures.add(new H3(getTranslation("board.figures.heading")),
                new Paragraph(getTranslation("board.figures.share", f.percentWithResponse(), f.viewsWithResponse(),
                        f.sharedViews())),
                new Paragraph(f.medianDaysToResponse() == null ? getTranslation("board.figures.noMedian")
                        : getTranslation("board.figures.median", f.medianDaysToResponse())),
                new Paragraph(getTranslation("board.figures.actions", f.openActions(), f.overdueActions())),
                new Paragraph(getTranslation("board.figures.answers", f.answers().yes(), f.answers().partly(),
                        f.answers().no())));
        list.removeAll();
        // the pages already shown stay shown, read at once (in the largest pages the service gives)
        int wanted = pages * DecisionService.PAGE_SIZE;
        int chunk = DecisionService.MAX_PAGE_SIZE;
        List<DecisionItem> found = new ArrayList<>();
        boolean further = false;
        for (int page = 0; found.size() < wanted; page++) {
            DecisionPage read = decisions.decisions(meetingId(), page, Math.min(wanted, chunk));
            found.addAll(read.items());
            further = read.more();
            if (!read.more()) {
                break;
            }
        }
        if (found.size() > wanted) {
            found = found.subList(0, wanted);
            further = true;
        }
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("board.decisions.none")));
        }
        found.forEach(d -> list.add(new DecisionCard(d, themes, this)));
        shown = found.size();
        showing(further);
    }

    /** Adds the next page below the ones shown and takes the keyboard to its first decision. */
    private void showMore() {
        DecisionPage read = decisions.decisions(meetingId(), pages, DecisionService.PAGE_SIZE);
        pages++;
        DecisionCard first = null;
        for (DecisionItem d : read.items()) {
            DecisionCard card = new DecisionCard(d, themes, this);
            list.add(card);
            first = first == null ? card : first;
        }
        shown += read.items().size();
        showing(read.more());
        if (first != null) {
            first.focusTitle();
        }
    }

    private void showing(boolean further) {
        shownStatus.setText(shown == 0 ? "" : getTranslation("board.decisions.showing", shown));
        more.setVisible(further);
    }

    private @Nullable Long meetingId() {
        return meetingFilter.getValue() == null ? null
                : meetingFilter.getValue().map(MeetingSummary::id).orElse(null);
    }

    private void openDecision(@Nullable DecisionItem initial) {
        String title = getTranslation(initial == null ? "board.decisions.record" : "board.decisions.edit");
        new DecisionDialog(title, meetings.meetings(), themeList, shared, initial, form -> {
            if (initial == null) {
                decisions.record(form);
            } else {
                decisions.update(initial.id(), initial.version(), form);
            }
            Notices.success(getTranslation("board.decisions.saved"));
            refresh();
        }).open();
    }

    @Override
    public void edit(DecisionItem decision) {
        openDecision(decision);
    }

    @Override
    public void addAction(DecisionItem decision) {
        new ActionDialog(getTranslation("board.decisions.addAction"), actions.owners(), null, form -> {
            actions.add(decision.id(), form);
            Notices.success(getTranslation("board.action.saved"));
            refresh();
        }).open();
    }

    @Override
    public void editAction(ActionItem action) {
        new ActionDialog(getTranslation("board.action.edit"), actions.owners(), action, form -> {
            actions.change(action.id(), action.version(), form);
            Notices.success(getTranslation("board.action.saved"));
            refresh();
        }).open();
    }

    @Override
    public void changeStatus(ActionItem action) {
        new StatusDialog(action, (status, explanation) -> {
            actions.changeStatus(action.id(), action.version(), status, explanation);
            Notices.success(getTranslation("board.action.statusSaved"));
            refresh();
        }).open();
    }

    @Override
    public void addUpdate(ActionItem action) {
        new UpdateDialog(action, text -> {
            actions.addUpdate(action.id(), text);
            Notices.success(getTranslation("board.action.updateSaved"));
            refresh();
        }).open();
    }

    @Override
    public void respond(DecisionItem decision) {
        String title = getTranslation(decision.response() == null ? "board.decisions.writeResponse"
                : "board.decisions.editResponse");
        new ResponseDialog(title, decision.response(), form -> {
            boolean first = decision.response() == null;
            decisions.respond(decision.id(), first ? null : decision.response().version(), form);
            Notices.success(getTranslation(first ? "board.response.published" : "board.response.saved"));
            refresh();
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.nav.decisions");
    }
}
