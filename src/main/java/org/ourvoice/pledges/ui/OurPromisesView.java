package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ourvoice.pledges.service.AdoptedPromises;
import org.ourvoice.pledges.service.Credits;
import org.ourvoice.pledges.service.OurPromisesService;
import org.ourvoice.pledges.service.PledgeExportService;
import org.ourvoice.security.Roles;

/** "Our promises": what the council has promised, as the board agreed it, and who helped write it. */
@Route("our-promises")
@RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
@Menu(order = 13, title = "nav.ourPromises", icon = "vaadin:handshake")
public class OurPromisesView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public OurPromisesView(OurPromisesService promises, PledgeExportService export) {
        addClassName("our-promises-view");
        add(new Paragraph(getTranslation("pledges.ours.intro")));
        var adopted = promises.ourPromises();
        if (adopted.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("pledges.ours.none"));
            none.setId("our-promises-none");
            add(none);
        }
        for (AdoptedPromises document : adopted) {
            Div block = new Div();
            block.addClassName("promise-document");
            block.getElement().setAttribute("data-version", Long.toString(document.version().id()));
            block.add(PromiseText.title(document.version()));
            if (document.version().adoptedOn() != null) {
                block.add(new Paragraph(getTranslation("pledges.ours.agreed",
                        DAY.format(document.version().adoptedOn()))));
            }
            block.add(Downloads.links(this, export, document.version()));
            block.add(credits(document.credits()));
            block.add(PromiseText.of(document.version(), c -> null));
            add(block);
        }
    }

    private Div credits(Credits credits) {
        Div box = new Div();
        box.addClassName("promise-credits");
        Paragraph who = new Paragraph(who(credits));
        who.addClassName("credits-line");
        box.add(who);
        if (!credits.changes().isEmpty()) {
            box.add(new H4(getTranslation("pledges.ours.changes")));
            UnorderedList list = new UnorderedList();
            list.addClassName("credits-changes");
            for (Credits.ChangeMade change : credits.changes()) {
                String number = change.number() == null ? "" : getTranslation("pledges.ours.number", change.number());
                list.add(new ListItem(number + getTranslation(change.outcome().messageKey()) + ": " + change.after()));
            }
            box.add(list);
        }
        return box;
    }

    private String who(Credits credits) {
        if (credits.people() == 0) {
            return getTranslation("pledges.ours.credits.none");
        }
        if (credits.names().isEmpty()) {
            return getTranslation("pledges.ours.credits.count", credits.others());
        }
        String names = String.join(", ", credits.names());
        return credits.others() == 0 ? getTranslation("pledges.ours.credits.names", names)
                : getTranslation("pledges.ours.credits.namesAndCount", names, credits.others());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ourPromises");
    }
}
