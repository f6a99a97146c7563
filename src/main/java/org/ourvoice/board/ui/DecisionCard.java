package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import org.ourvoice.board.domain.ActionStatus;
import org.ourvoice.board.service.ActionItem;
import org.ourvoice.board.service.DecisionItem;
import org.ourvoice.board.service.ResponseItem;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.ui.DisplayFormats;

/**
 * One decision as the board reads it: what and why, the views it answers, its actions (overdue ones
 * marked), its response to young people and their answers. The buttons call back to the screen.
 */
class DecisionCard extends Div {

    interface Actions {
        void edit(DecisionItem decision);

        void addAction(DecisionItem decision);

        void editAction(ActionItem action);

        void changeStatus(ActionItem action);

        void addUpdate(ActionItem action);

        void respond(DecisionItem decision);
    }

    private final H3 title;

    DecisionCard(DecisionItem d, Map<Long, ThemeChoice> themes, Actions actions) {
        addClassName("decision-card");
        setId("decision-" + d.id());
        title = new H3(d.title());
        title.addClassName("decision-title");
        title.getElement().setAttribute("tabindex", "-1");
        add(title, new Paragraph(getTranslation("board.decisions.at", BoardMeetingsView.DAY.format(d.meetsOn()))),
                new Paragraph(d.reason()));
        if (!d.themeIds().isEmpty()) {
            add(new Paragraph(getTranslation("board.decisions.answers", BoardThemes.names(themes, d.themeIds()))));
        }
        Button edit = button("board.decisions.edit", d.title(), () -> actions.edit(d));
        add(edit);
        if (!d.views().isEmpty()) {
            add(new H4(getTranslation("board.decisions.viewsHeading")));
            UnorderedList quotes = new UnorderedList();
            d.views().forEach(v -> quotes.add(new ListItem("\u201C" + v.text() + "\u201D \u2014 "
                    + (v.name() == null ? getTranslation("board.decisions.anonymous") : v.name()))));
            add(quotes);
        }
        add(new H4(getTranslation("board.decisions.actionsHeading")));
        if (d.actions().isEmpty()) {
            add(new Paragraph(getTranslation("board.decisions.noActions")));
        } else {
            UnorderedList list = new UnorderedList();
            d.actions().forEach(a -> list.add(action(a, actions)));
            add(list);
        }
        Button addAction = button("board.decisions.addAction", d.title(), () -> actions.addAction(d));
        addAction.addClassName("decision-add-action");
        add(addAction);
        add(new H4(getTranslation("board.decisions.responseHeading")));
        ResponseItem r = d.response();
        if (r == null) {
            add(new Paragraph(getTranslation("board.decisions.noResponse")));
        } else {
            Div response = new Div();
            response.addClassName("decision-response");
            response.add(new Paragraph(getTranslation("board.response.youSaid") + " " + r.youSaid()),
                    new Paragraph(getTranslation("board.response.weDid") + " " + r.weDid()),
                    new Paragraph(getTranslation("board.response.whatNext") + " " + r.whatNext()));
            if (r.byWhen() != null) {
                response.add(new Paragraph(getTranslation("board.response.byWhen") + ": "
                        + BoardMeetingsView.DAY.format(r.byWhen())));
            }
            add(response);
            Paragraph tally = new Paragraph(getTranslation("board.decisions.answersTally", d.answers().yes(),
                    d.answers().partly(), d.answers().no()));
            tally.addClassName("decision-answers");
            add(tally);
            if (!d.comments().isEmpty()) {
                add(new H4(getTranslation("board.decisions.commentsHeading")));
                UnorderedList comments = new UnorderedList();
                d.comments().forEach(c -> comments.add(new ListItem("\u201C" + c.text() + "\u201D \u2014 "
                        + (c.authorName() == null ? getTranslation("board.decisions.anonymous") : c.authorName()))));
                add(comments);
            }
        }
        Button respond = button(r == null ? "board.decisions.writeResponse" : "board.decisions.editResponse", d.title(),
                () -> actions.respond(d));
        respond.addClassName("decision-respond");
        add(respond);
    }

    private ListItem action(ActionItem a, Actions actions) {
        ListItem item = new ListItem();
        item.addClassName("action-line");
        if (a.overdue()) {
            item.addClassName("overdue");
            Span badge = new Span(getTranslation("board.action.overdue"));
            badge.addClassNames("status-badge", "status-overdue");
            item.add(badge, new Span(" "));
        }
        item.add(new Span(a.title() + " \u2014 " + a.ownerName() + " \u2014 "
                + getTranslation("board.action.dueLine", BoardMeetingsView.DAY.format(a.dueOn())) + " \u2014 "
                + getTranslation(a.status().messageKey())));
        if (a.status() == ActionStatus.NOT_POSSIBLE && a.explanation() != null) {
            item.add(new Paragraph(a.explanation()));
        }
        a.updates().forEach(u -> item.add(new Paragraph(getTranslation("board.action.updateLine",
                DisplayFormats.date(u.writtenAt()), u.writtenBy(), u.text()))));
        item.add(button("board.action.edit", a.title(), () -> actions.editAction(a)),
                button("board.action.changeStatus", a.title(), () -> actions.changeStatus(a)),
                button("board.action.update", a.title(), () -> actions.addUpdate(a)));
        return item;
    }

    private Button button(String key, String about, Runnable click) {
        Button button = new Button(getTranslation(key), e -> click.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(key) + ": " + about);
        return button;
    }

    /** Takes the keyboard (and a screen reader) to this decision. */
    void focusTitle() {
        title.getElement().callJsFunction("focus");
    }
}
