package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.ourvoice.pledges.service.Difference;
import org.ourvoice.pledges.service.HistoryLine;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.VersionDetail;
import org.ourvoice.pledges.service.VersionSummary;
import org.ourvoice.ui.DisplayFormats;

/** Under a version: how it differs from any other version of the document, and the document's history. */
class VersionExtras extends Div {

    private final PledgeDraftingService drafting;
    private final UnorderedList differences = new UnorderedList();

    VersionExtras(PledgeDraftingService drafting, VersionDetail version, List<VersionSummary> versions) {
        this.drafting = drafting;
        Select<VersionSummary> other = new Select<>();
        other.setId("compare-with");
        other.setLabel(getTranslation("pledges.compare.with"));
        other.setItems(versions.stream().filter(v -> v.id() != version.id()).toList());
        other.setItemLabelGenerator(v -> getTranslation("pledges.version", v.number(),
                getTranslation(v.status().messageKey())));
        differences.setId("differences");
        other.addValueChangeListener(change -> compare(change.getValue(), version));
        Details compare = new Details(getTranslation("pledges.compare.title"), new Div(other, differences));
        compare.setId("compare");

        UnorderedList lines = new UnorderedList();
        lines.setId("history");
        for (HistoryLine line : drafting.history(version.documentId())) {
            lines.add(new ListItem(DisplayFormats.dateTime(line.at()) + " · " + (line.by() == null ? "" : line.by())
                    + (line.versionNumber() == null ? "" : " · v" + line.versionNumber()) + " · "
                    + getTranslation("pledges.history." + line.what().replaceFirst("^DELIVERY_.*", "DELIVERY"))
                    + (line.detail() == null ? "" : ": " + line.detail())));
        }
        Details history = new Details(getTranslation("pledges.history.title"), lines);
        history.setId("history-details");
        add(compare, history);
    }

    private void compare(VersionSummary with, VersionDetail version) {
        differences.removeAll();
        if (with == null) {
            return;
        }
        boolean older = with.number() < version.number();
        List<Difference> found = older ? drafting.compare(with.id(), version.id())
                : drafting.compare(version.id(), with.id());
        for (Difference d : found) {
            ListItem item = new ListItem();
            item.addClassName("difference");
            item.getElement().setAttribute("data-kind", d.kind().name());
            Span kind = new Span(getTranslation(d.kind().messageKey()));
            kind.addClassName("status-badge");
            item.add(kind);
            if (d.textBefore() != null && d.kind() != Difference.Kind.SAME) {
                item.add(new Paragraph(getTranslation("pledges.compare.before", d.numberBefore(), d.textBefore())));
            }
            if (d.textAfter() != null) {
                item.add(new Paragraph(getTranslation("pledges.compare.after", d.numberAfter(), d.textAfter())));
            }
            differences.add(item);
        }
    }
}
