package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ourvoice.pledges.service.CommitmentFeedback;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.pledges.service.SectionItem;
import org.ourvoice.pledges.service.SuggestionItem;
import org.ourvoice.pledges.service.VersionFeedback;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.Notices;

/**
 * "Shape our promises": while a version is open for ideas, a young person reads it promise by
 * promise, says how much each matters, suggests new words or a new promise, comments, and backs
 * other young people's ideas; below, what became of their own ideas.
 */
@Route("shape-our-promises")
@RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
@Menu(order = 14, title = "nav.shapePromises", icon = "vaadin:edit")
public class ShapeOurPromisesView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_IDEA = 500;
    private static final int MAX_COMMENT = 2000;

    private final PledgeSuggestionService suggestions;
    private final Div open = new Div();
    private final MyIdeas mine;

    public ShapeOurPromisesView(PledgeSuggestionService suggestions) {
        this.suggestions = suggestions;
        addClassName("shape-promises-view");
        add(new Paragraph(getTranslation("pledges.shape.intro")));
        open.setId("open-promises");
        open.setWidthFull();
        mine = new MyIdeas(suggestions);
        add(open, mine);
        showOpen();
    }

    private void showOpen() {
        open.removeAll();
        List<VersionFeedback> versions = suggestions.openForMe();
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("pledges.shape.none"));
            none.setId("shape-none");
            open.add(none);
        }
        for (VersionFeedback version : versions) {
            Div block = new Div();
            block.addClassName("promise-document");
            block.add(PromiseText.title(version.version()));
            if (version.version().closesOn() != null) {
                block.add(new Paragraph(getTranslation("pledges.shape.closes",
                        OurPromisesView.DAY.format(version.version().closesOn()))));
            }
            block.add(PromiseText.of(version.version(), c -> version.commitments().stream()
                    .filter(f -> f.commitment().id() == c.id()).findFirst().map(this::around).orElse(null)));
            for (SectionItem section : version.version().sections()) {
                Details newPromise = new Details(getTranslation("pledges.shape.newPromise", section.title()),
                        new IdeaForm("new-" + section.id(), "pledges.shape.newPromise.label", MAX_IDEA,
                                (field, text, name, key) -> Attempt.run(this, field,
                                        () -> suggestions.suggestCommitment(section.id(), text, name, key)) != null,
                                mine::refresh));
                newPromise.addClassName("new-promise");
                block.add(newPromise);
            }
            open.add(block);
        }
    }

    /** Under each promise: how much it matters, others' ideas to back, and forms for new words or a comment. */
    private Component around(CommitmentFeedback feedback) {
        long id = feedback.commitment().id();
        Div box = new Div();
        box.addClassName("promise-shaping");
        RadioButtonGroup<Integer> matters = new RadioButtonGroup<>(getTranslation("pledges.shape.matters"));
        matters.setId("matters-" + id);
        matters.setItems(1, 2, 3);
        matters.setItemLabelGenerator(score -> getTranslation("pledges.shape.matters." + score));
        if (feedback.myScore() != null) {
            matters.setValue(feedback.myScore());
        }
        matters.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null
                    && Attempt.run(this, matters, () -> suggestions.rate(id, change.getValue()))) {
                Notices.success(getTranslation("pledges.shape.saved"));
            }
        });
        box.add(matters);
        for (SuggestionItem idea : feedback.wordings()) {
            box.add(idea(idea));
        }
        Details words = new Details(getTranslation("pledges.shape.newWords"), new IdeaForm("words-" + id,
                "pledges.shape.newWords.label", MAX_IDEA, (field, text, name, key) -> Attempt.run(this, field,
                        () -> suggestions.suggestWording(id, text, name, key)) != null, mine::refresh));
        Details comment = new Details(getTranslation("pledges.shape.comment"), new IdeaForm("comment-" + id,
                "pledges.shape.comment.label", MAX_COMMENT, (field, text, name, key) -> Attempt.run(this, field,
                        () -> suggestions.comment(id, text, name, key)) != null, mine::refresh));
        box.add(words, comment);
        return box;
    }

    private Component idea(SuggestionItem idea) {
        Div card = new Div();
        card.addClassName("idea-card");
        card.getElement().setAttribute("data-suggestion", Long.toString(idea.id()));
        Paragraph words = new Paragraph(idea.text());
        words.addClassName("view-words");
        Span who = new Span(idea.authorName() == null ? getTranslation("pledges.shape.someone")
                : idea.authorName());
        who.addClassName("idea-author");
        Button back = new Button();
        back.addClassName("back-idea");
        label(back, idea.supports(), idea.mine() || idea.supportedByMe());
        back.setEnabled(!idea.mine() && !idea.supportedByMe());
        back.addClickListener(click -> {
            Long count = Attempt.run(this, null, () -> suggestions.support(idea.id()));
            if (count != null) {
                label(back, count, true);
                back.setEnabled(false);
            }
        });
        card.add(words, who, back);
        return card;
    }

    private void label(Button back, long count, boolean backed) {
        back.setText(getTranslation(backed ? "pledges.shape.backed" : "pledges.shape.back", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.shapePromises");
    }

    /** "Your ideas": each of the young person's own ideas and comments, and what became of it. */
    static final class MyIdeas extends Div {

        private final PledgeSuggestionService suggestions;

        MyIdeas(PledgeSuggestionService suggestions) {
            this.suggestions = suggestions;
            setId("my-ideas");
            addClassName("view-cards");
            refresh();
        }

        void refresh() {
            removeAll();
            add(new H3(getTranslation("pledges.mine.title")));
            var own = suggestions.mine();
            if (own.isEmpty()) {
                add(new Paragraph(getTranslation("pledges.mine.none")));
            }
            own.forEach(m -> add(new MyIdeaCard(m)));
        }
    }
}
