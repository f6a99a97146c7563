package org.ourvoice.voice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.MyContribution;
import org.ourvoice.voice.service.ViewFollowUps;

/**
 * One view on "My say" as a single element on the server: its status badge, words, themes, feeling,
 * when it was sent, why it was not shared and the board's answer are plain HTML inside it, because
 * every element a signed-in person keeps open costs the server memory for as long as they stay.
 * Whatever a young person or a worker typed goes in as text, never as markup, and the HTML is
 * cleaned against the few tags and attributes a card uses as a second guard.
 */
final class MySayCard extends Div {

    private static final Safelist CARD_PARTS = Safelist.none()
            .addTags("span", "p", "div", "h4", "a")
            .addAttributes(":all", "class")
            .addAttributes("a", "href");

    MySayCard(Component on, Map<Long, ThemeChoice> themes, MyContribution view,
            List<ViewFollowUps.FollowUp> answers) {
        addClassName("view-card");
        getElement().setAttribute("data-status", view.status().name());
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        Element card = page.body();
        card.appendElement("span").addClass("status-badge")
                .addClass("status-" + view.status().name().toLowerCase(Locale.ROOT))
                .text(on.getTranslation(view.status().messageKey()));
        card.appendElement("p").addClass("view-words").text(view.text());
        card.appendElement("p").addClass("view-themes").text(view.about() == null
                ? ThemeLabels.labels(on, themes, view.themeIds())
                : on.getTranslation(view.about().messageKey()));
        if (view.mood() != null) {
            card.appendElement("span").addClass("view-mood")
                    .text(view.mood().face() + " " + on.getTranslation(view.mood().messageKey()));
        }
        card.appendElement("p").addClass("view-meta")
                .text(on.getTranslation("mysay.sent", DisplayFormats.dateTime(view.submittedAt())) + " · "
                        + on.getTranslation(view.showName() ? "mysay.named" : "mysay.anonymous"));
        if (view.status() == ContributionStatus.NOT_SHARED && view.reasonKind() != null) {
            String reason = view.reasonKind() == NotSharedReason.OTHER && view.reason() != null ? view.reason()
                    : on.getTranslation(view.reasonKind().messageKey());
            card.appendElement("p").addClass("view-reason").text(on.getTranslation("mysay.reason", reason));
            if (view.reasonKind() != NotSharedReason.OTHER && view.reason() != null) {
                card.appendElement("p").text(view.reason());
            }
        }
        answers.forEach(answer -> followUp(on, card.appendElement("div"), answer));
        getElement().setProperty("innerHTML", Jsoup.clean(card.html(), "", CARD_PARTS, page.outputSettings()));
    }

    /** What the board did about the view, in its own plain words, with a link to read more and answer. */
    private static void followUp(Component on, Element box, ViewFollowUps.FollowUp answer) {
        box.addClass("view-follow-up");
        box.appendElement("h4").text(on.getTranslation("mysay.followUp"));
        box.appendElement("p").text(on.getTranslation("mysay.followUp.weDid", answer.weDid()));
        box.appendElement("p").text(on.getTranslation("mysay.followUp.next", answer.whatNext()));
        if (answer.byWhen() != null) {
            box.appendElement("p").text(on.getTranslation("mysay.followUp.byWhen",
                    DisplayFormats.date(answer.byWhen().atStartOfDay(DisplayFormats.UK).toInstant())));
        }
        box.appendElement("a").addClass("home-link").attr("href", answer.route() + "?mine=true")
                .text(on.getTranslation("mysay.followUp.more"));
    }
}
