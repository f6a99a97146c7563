package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ourvoice.pledges.service.PledgeDeliveryService;
import org.ourvoice.pledges.service.ProgressLine;
import org.ourvoice.pledges.service.PromiseProgress;
import org.ourvoice.pledges.service.UpdateLine;
import org.ourvoice.security.Roles;

/** "How are we doing on our promises?": each promise with how it is going and the latest news on it. */
@Route("how-we-are-doing")
@RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
@Menu(order = 15, title = "nav.howWeAreDoing", icon = "vaadin:chart-line")
public class HowWeAreDoingView extends VerticalLayout implements HasDynamicTitle {

    public HowWeAreDoingView(PledgeDeliveryService delivery) {
        addClassName("how-we-are-doing-view");
        add(new Paragraph(getTranslation("pledges.doing.intro")));
        var progress = delivery.progress();
        if (progress.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("pledges.ours.none"));
            none.setId("doing-none");
            add(none);
        }
        for (PromiseProgress document : progress) {
            Div block = new Div();
            block.addClassName("promise-document");
            block.add(PromiseText.title(document.version()));
            block.add(PromiseText.of(document.version(), c -> document.lines().stream()
                    .filter(l -> l.commitment().id() == c.id()).findFirst().map(this::status).orElse(null)));
            add(block);
        }
    }

    private Div status(ProgressLine line) {
        Div box = new Div(Badges.delivery(this, line.status()));
        box.addClassName("promise-status");
        box.getElement().setAttribute("data-status", line.status() == null ? "NONE" : line.status().name());
        if (!line.updates().isEmpty()) {
            UpdateLine latest = line.updates().getFirst();
            Paragraph news = new Paragraph(getTranslation("pledges.doing.latest",
                    OurPromisesView.DAY.format(latest.on()), latest.evidence()));
            news.addClassName("promise-news");
            box.add(news);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.howWeAreDoing");
    }
}
