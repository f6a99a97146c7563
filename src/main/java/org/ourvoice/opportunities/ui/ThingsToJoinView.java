package org.ourvoice.opportunities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ourvoice.opportunities.domain.SignUpStatus;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityCard;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.opportunities.service.SignUpResult;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;
import org.ourvoice.voice.service.ContributionService;

/**
 * "Things to join": what young people can come to, with a place or the waiting list, the help they
 * need to get there, cancelling, and afterwards "How was it?". Something a worker cancelled is
 * marked so, with their reason, for those who had signed up.
 */
@Route("things-to-join")
@RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
@Menu(order = 16, title = "nav.thingsToJoin", icon = "vaadin:calendar")
public class ThingsToJoinView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final OpportunityService opportunities;
    private final Div list = new Div();
    /** One key per feedback form, so sending twice stores the words once. */
    private final Map<Long, String> feedbackKeys = new HashMap<>();
    /** What was typed into each feedback form, so a refresh of the list loses none of it. */
    private final Map<Long, String> feedbackTyped = new HashMap<>();

    public ThingsToJoinView(OpportunityService opportunities) {
        this.opportunities = opportunities;
        addClassName("things-view");
        list.setId("things-list");
        list.addClassName("view-cards");
        add(new Paragraph(getTranslation("things.intro")), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<OpportunityCard> cards = opportunities.forMe();
        if (cards.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("things.none"));
            none.setId("things-none");
            list.add(none);
        }
        cards.forEach(c -> list.add(card(c)));
    }

    private Component card(OpportunityCard o) {
        Div card = new Div();
        card.addClassNames("view-card", "opportunity-card");
        card.setId("opportunity-" + o.id());
        Span kind = new Span(getTranslation(o.kind().messageKey()));
        kind.addClassName("status-badge");
        H3 title = new H3(o.title());
        card.add(kind, title, new Paragraph(o.description()),
                new Paragraph(getTranslation("things.when", DisplayFormats.dateTime(o.startsAt()),
                        TIME.format(o.endsAt().atZone(DisplayFormats.UK)))));
        if (o.cancelled()) {
            card.addClassName("opportunity-cancelled");
            card.add(calledOff(o));
            return card;
        }
        if (o.place() != null) {
            card.add(new Paragraph(getTranslation("things.where", o.place())));
        }
        if (o.onlineLink() != null) {
            Anchor link = new Anchor(o.onlineLink(), o.onlineLink(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            card.add(new Paragraph(new Span(getTranslation("things.online") + " "), link));
        }
        if (o.attended()) {
            card.add(feedback(o));
            return card;
        }
        card.add(status(o));
        if (!o.started()) {
            card.add(actions(o));
        }
        return card;
    }

    /** Cancelled by a worker: said plainly, with their reason, and nothing left to do. */
    private Component calledOff(OpportunityCard o) {
        Paragraph status = new Paragraph(getTranslation("things.calledOff"));
        status.addClassNames("opportunity-status", "status-badge", "status-cancelled");
        status.setId("status-" + o.id());
        Paragraph why = new Paragraph(getTranslation("things.calledOffWhy", o.cancelReason()));
        why.setId("cancel-reason-" + o.id());
        return new Div(status, why);
    }

    private Component status(OpportunityCard o) {
        Paragraph status = new Paragraph();
        status.addClassName("opportunity-status");
        status.setId("status-" + o.id());
        if (o.myStatus() == SignUpStatus.PLACE) {
            status.setText(getTranslation("opportunity.status.PLACE"));
        } else if (o.myStatus() == SignUpStatus.WAITING) {
            status.setText(getTranslation("opportunity.status.WAITING", o.waitingPosition()));
        } else if (o.closed()) {
            status.setText(getTranslation("things.closed"));
        } else if (o.full()) {
            status.setText(getTranslation("things.full"));
        } else {
            status.setText(getTranslation("things.placesLeft", o.placesLeft()) + ". "
                    + getTranslation("things.closes", DisplayFormats.dateTime(o.closesAt())));
        }
        if (o.myNeeds() != null) {
            return new Div(status, new Paragraph(getTranslation("things.mine.help", needs(o.myNeeds()))));
        }
        return status;
    }

    private Component actions(OpportunityCard o) {
        Div actions = new Div();
        actions.addClassName("card-actions");
        if (o.signedUp()) {
            Button change = new Button(getTranslation("things.changeHelp"), click -> askForHelp(o));
            change.setId("change-help-" + o.id());
            Button cancel = new Button(getTranslation(o.myStatus() == SignUpStatus.PLACE ? "things.cancel"
                    : "things.cancelWaiting"), click -> {
                        opportunities.cancel(o.id());
                        Notices.success(getTranslation("things.cancelled"));
                        refresh();
                    });
            cancel.setId("cancel-" + o.id());
            cancel.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(change, cancel);
        } else {
            Button signUp = new Button(getTranslation(o.full() || o.closed() ? "things.joinWaitingList"
                    : "things.signUp"), click -> askForHelp(o));
            signUp.setId("sign-up-" + o.id());
            signUp.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            actions.add(signUp);
        }
        return actions;
    }

    private void askForHelp(OpportunityCard o) {
        new HelpDialog(o.myNeeds(), needs -> {
            SignUpResult result = opportunities.signUp(o.id(), needs);
            Notices.success(o.signedUp() ? getTranslation("things.help.saved")
                    : getTranslation(result.messageKey(), result.waitingPosition()));
            refresh();
        }).open();
    }

    private Component feedback(OpportunityCard o) {
        Div box = new Div();
        box.addClassName("opportunity-feedback");
        Paragraph came = new Paragraph(getTranslation("things.came"));
        box.add(came);
        if (o.feedbackGiven()) {
            Paragraph given = new Paragraph(getTranslation("things.howWasIt.given"));
            given.setId("feedback-given-" + o.id());
            box.add(given);
            return box;
        }
        TextArea words = new TextArea(getTranslation("things.howWasIt"));
        words.setId("feedback-" + o.id());
        words.setHelperText(getTranslation("things.howWasIt.help"));
        words.setMaxLength(ContributionService.MAX_TEXT);
        words.setWidthFull();
        words.setValue(feedbackTyped.getOrDefault(o.id(), ""));
        words.addValueChangeListener(e -> feedbackTyped.put(o.id(), e.getValue()));
        Checkbox showName = new Checkbox(getTranslation("things.howWasIt.showName"));
        showName.setId("feedback-name-" + o.id());
        String key = feedbackKeys.computeIfAbsent(o.id(), id -> UUID.randomUUID().toString());
        Button send = new Button(getTranslation("things.howWasIt.send"), click -> {
            opportunities.giveFeedback(o.id(), words.getValue(), showName.getValue(), key);
            feedbackTyped.remove(o.id());
            Notices.success(getTranslation("things.howWasIt.thanks"));
            refresh();
        });
        send.setId("send-feedback-" + o.id());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        box.add(words, showName, send);
        return box;
    }

    private String needs(SupportNeeds needs) {
        List<String> parts = new ArrayList<>();
        if (needs.transport()) {
            parts.add(getTranslation("things.help.transport"));
        }
        if (needs.interpreter()) {
            parts.add(getTranslation("things.help.interpreter")
                    + (needs.interpreterLanguage() == null ? "" : " (" + needs.interpreterLanguage() + ")"));
        }
        if (needs.companion()) {
            parts.add(getTranslation("things.help.companion"));
        }
        if (needs.accessNeeds() != null) {
            parts.add(needs.accessNeeds());
        }
        return parts.isEmpty() ? getTranslation("things.help.none") : String.join(", ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.thingsToJoin");
    }
}
