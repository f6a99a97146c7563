package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.ourvoice.pledges.service.CommitmentFeedback;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.pledges.service.SuggestionItem;
import org.ourvoice.pledges.service.VersionFeedback;
import org.ourvoice.ui.Notices;

/**
 * What young people said about a version, commitment by commitment, once checked: how much each
 * matters, suggested wordings with how many back them, comments, and new commitments. A worker
 * takes a suggestion into the next draft (with the words as they should read) or says why not.
 */
class SuggestionsPanel extends Div {

    private final PledgeSuggestionService suggestions;
    private final boolean mayDecide;
    private final Runnable reload;

    SuggestionsPanel(PledgeSuggestionService suggestions, VersionFeedback feedback, boolean mayDecide,
            Runnable reload) {
        this.suggestions = suggestions;
        this.mayDecide = mayDecide;
        this.reload = reload;
        setId("suggestions-panel");
        addClassName("suggestions-panel");
        for (CommitmentFeedback c : feedback.commitments()) {
            Div block = new Div();
            block.addClassName("commitment-feedback");
            block.getElement().setAttribute("data-commitment", Long.toString(c.commitment().id()));
            block.add(new H4(c.commitment().number() + ". " + c.commitment().text()));
            Paragraph matters = new Paragraph(c.ratings() == 0 ? getTranslation("pledges.feedback.noRatings")
                    : getTranslation("pledges.feedback.ratings", c.ratings(),
                            String.format(Locale.UK, "%.1f", c.averageScore())));
            matters.addClassName("ratings");
            block.add(matters);
            c.wordings().stream().sorted((a, b) -> Long.compare(b.supports(), a.supports()))
                    .forEach(s -> block.add(suggestion(s)));
            c.comments().forEach(s -> block.add(comment(s)));
            add(block);
        }
        if (!feedback.newCommitments().isEmpty()) {
            add(new H4(getTranslation("pledges.feedback.newCommitments")));
            feedback.newCommitments().forEach(s -> add(suggestion(s)));
        }
        if (feedback.commitments().stream().allMatch(c -> c.wordings().isEmpty() && c.comments().isEmpty())
                && feedback.newCommitments().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("pledges.feedback.none"));
            none.setId("suggestions-none");
            add(none);
        }
    }

    private Component comment(SuggestionItem comment) {
        Div card = card(comment, "pledges.feedback.comment");
        return card;
    }

    private Component suggestion(SuggestionItem suggestion) {
        Div card = card(suggestion, suggestion.kind().messageKey());
        Span backing = new Span(getTranslation("pledges.feedback.supports", suggestion.supports()));
        backing.addClassName("support-count");
        card.add(backing);
        if (suggestion.outcome() != null) {
            Span outcome = new Span(getTranslation(suggestion.outcome().messageKey()));
            outcome.addClassNames("status-badge", "outcome");
            card.add(outcome);
            if (suggestion.reason() != null) {
                card.add(new Paragraph(suggestion.reason()));
            }
            if (suggestion.takenInAs() != null) {
                card.add(new Paragraph(getTranslation("pledges.feedback.takenInAs", suggestion.takenInAs())));
            }
        } else if (mayDecide) {
            card.add(decide(suggestion));
        }
        return card;
    }

    private Div card(SuggestionItem item, String kindKey) {
        Div card = new Div();
        card.addClassNames("view-card", "suggestion-card");
        card.getElement().setAttribute("data-suggestion", Long.toString(item.id()));
        Paragraph kind = new Paragraph(getTranslation(kindKey) + " · " + (item.authorName() == null
                ? getTranslation("pledges.feedback.anonymous") : item.authorName()));
        kind.addClassName("view-meta");
        Paragraph words = new Paragraph(item.text());
        words.addClassName("view-words");
        card.add(kind, words);
        return card;
    }

    private Div decide(SuggestionItem suggestion) {
        TextField wording = new TextField(getTranslation("pledges.feedback.wording"));
        wording.addClassName("take-in-words");
        wording.setMaxLength(500);
        wording.setWidthFull();
        wording.setValue(suggestion.text().length() <= 500 ? suggestion.text() : suggestion.text().substring(0, 500));
        Button takeIn = new Button(getTranslation("pledges.feedback.takeIn"), click -> {
            if (Attempt.run(this, wording, () -> suggestions.accept(suggestion.id(), suggestion.lock(),
                    wording.getValue())) != null) {
                Notices.success(getTranslation("pledges.feedback.takenIn"));
                reload.run();
            }
        });
        takeIn.addClassName("take-in");
        takeIn.addThemeVariants(ButtonVariant.PRIMARY);
        TextField reason = new TextField(getTranslation("pledges.feedback.reason"));
        reason.addClassName("decline-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button decline = new Button(getTranslation("pledges.feedback.decline"), click -> {
            if (Attempt.run(this, reason, () -> suggestions.decline(suggestion.id(), suggestion.lock(),
                    reason.getValue()))) {
                Notices.success(getTranslation("pledges.feedback.declined"));
                reload.run();
            }
        });
        decline.addClassName("decline");
        HorizontalLayout take = new HorizontalLayout(wording, takeIn);
        HorizontalLayout no = new HorizontalLayout(reason, decline);
        for (HorizontalLayout row : List.of(take, no)) {
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            row.setWrap(true);
        }
        Div box = new Div(take, no);
        box.addClassName("decide");
        return box;
    }
}
