package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.service.CommitmentItem;
import org.ourvoice.pledges.service.SectionItem;
import org.ourvoice.pledges.service.VersionDetail;

/**
 * A version's words laid out for reading: its sections as headings and its commitments as a
 * numbered list, each with its explanation and whatever the screen adds under it.
 */
final class PromiseText {

    private PromiseText() {
    }

    static Div of(VersionDetail version, Function<CommitmentItem, @Nullable Component> under) {
        Div text = new Div();
        text.addClassName("promise-text");
        for (SectionItem section : version.sections()) {
            H4 heading = new H4(section.title());
            OrderedList list = new OrderedList();
            list.addClassName("promise-list");
            if (!section.commitments().isEmpty()) {
                list.getElement().setAttribute("start", Integer.toString(section.commitments().getFirst().number()));
            }
            for (CommitmentItem c : section.commitments()) {
                ListItem item = new ListItem();
                item.addClassName("promise");
                item.getElement().setAttribute("data-number", Integer.toString(c.number()));
                Span words = new Span(c.text());
                words.addClassName("promise-words");
                item.add(words);
                if (c.explanation() != null) {
                    Paragraph more = new Paragraph(c.explanation());
                    more.addClassName("promise-explanation");
                    item.add(more);
                }
                Component extra = under.apply(c);
                if (extra != null) {
                    item.add(extra);
                }
                list.add(item);
            }
            text.add(heading, list);
        }
        return text;
    }

    static H3 title(VersionDetail version) {
        H3 title = new H3(version.documentTitle());
        title.addClassName("promise-title");
        return title;
    }
}
