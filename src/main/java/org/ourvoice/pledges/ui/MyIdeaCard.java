package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.ourvoice.pledges.service.MySuggestion;
import org.ourvoice.ui.DisplayFormats;

/** One of the young person's own ideas: their words, where it has got to, and why, in plain words. */
class MyIdeaCard extends Div {

    MyIdeaCard(MySuggestion idea) {
        addClassName("view-card");
        addClassName("my-idea");
        getElement().setAttribute("data-stage", idea.stage().name());
        Span stage = new Span(getTranslation(idea.stage().messageKey()));
        stage.addClassNames("status-badge", "stage-" + idea.stage().name().toLowerCase(Locale.ROOT));
        Paragraph about = new Paragraph(getTranslation(idea.kind().messageKey()) + " · " + idea.documentTitle());
        about.addClassName("view-themes");
        Paragraph words = new Paragraph(idea.text());
        words.addClassName("view-words");
        Paragraph sent = new Paragraph(getTranslation("pledges.mine.sent", DisplayFormats.dateTime(idea.madeAt())));
        sent.addClassName("view-meta");
        add(stage, about, words, sent);
        if (idea.takenInAs() != null) {
            Paragraph now = new Paragraph(getTranslation("pledges.mine.nowSays", idea.takenInAs()));
            now.addClassName("idea-taken-in");
            add(now);
        }
        if (idea.reasonKey() != null || idea.reasonWords() != null) {
            String reason = idea.reasonKey() != null ? getTranslation(idea.reasonKey()) : idea.reasonWords();
            Paragraph why = new Paragraph(getTranslation("pledges.mine.why", reason));
            why.addClassName("view-reason");
            add(why);
            if (idea.reasonKey() != null && idea.reasonWords() != null) {
                add(new Paragraph(idea.reasonWords()));
            }
        }
        if (idea.supports() > 0) {
            add(new Paragraph(getTranslation("pledges.mine.backers", idea.supports())));
        }
    }
}
