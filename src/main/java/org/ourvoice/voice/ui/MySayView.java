package org.ourvoice.voice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.MyContribution;
import org.ourvoice.voice.service.ViewFollowUps;

/** "My say": everything the young person said, newest first, with what happened to each in plain words. */
@Route("my-say")
@RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
@Menu(order = 11, title = "nav.mySay", icon = "vaadin:comments-o")
public class MySayView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 20;

    private final ContributionService contributions;
    private final List<ViewFollowUps> followUps;
    private final Map<Long, ThemeChoice> themes;
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    public MySayView(ContributionService contributions, ThemeService themeService, List<ViewFollowUps> followUps) {
        this.contributions = contributions;
        this.followUps = followUps;
        this.themes = themeService.all().stream().collect(Collectors.toMap(ThemeChoice::id, Function.identity()));
        addClassName("my-say-view");
        add(new Paragraph(getTranslation("mysay.intro")));

        Paragraph waiting = new Paragraph(getTranslation("mysay.waiting", contributions.countMineWaiting()));
        waiting.setId("my-say-waiting");
        waiting.addClassName("waiting-count");
        add(waiting);

        list.setId("my-say-list");
        list.addClassName("view-cards");
        more.setText(getTranslation("mysay.more"));
        more.setId("my-say-more");
        more.addClickListener(click -> showMore());
        add(list, more);
        showMore();
        if (shown == 0) {
            RouterLink say = new RouterLink(getTranslation("mysay.sayNow"), SubmitContributionView.class);
            say.addClassName("home-link");
            list.add(new Paragraph(getTranslation("mysay.none")), say);
        }
    }

    private void showMore() {
        List<MyContribution> page = contributions.mine(shown, PAGE);
        List<Long> shared = page.stream().filter(c -> c.status() == ContributionStatus.APPROVED)
                .map(MyContribution::id).toList();
        List<ViewFollowUps.FollowUp> answers = new ArrayList<>();
        followUps.forEach(f -> answers.addAll(f.forViews(shared)));
        page.forEach(c -> {
            Div card = card(c);
            answers.stream().filter(a -> a.contributionId() == c.id()).forEach(a -> card.add(followUp(a)));
            list.add(card);
        });
        shown += page.size();
        more.setVisible(shown < contributions.countMine());
    }

    /** What the board did about the view, in its own plain words, with a link to read more and answer. */
    private Component followUp(ViewFollowUps.FollowUp answer) {
        Div box = new Div();
        box.addClassName("view-follow-up");
        box.add(new H4(getTranslation("mysay.followUp")),
                new Paragraph(getTranslation("mysay.followUp.weDid", answer.weDid())),
                new Paragraph(getTranslation("mysay.followUp.next", answer.whatNext())));
        if (answer.byWhen() != null) {
            box.add(new Paragraph(getTranslation("mysay.followUp.byWhen",
                    DisplayFormats.date(answer.byWhen().atStartOfDay(DisplayFormats.UK).toInstant()))));
        }
        Anchor more = new Anchor(answer.route() + "?mine=true", getTranslation("mysay.followUp.more"));
        more.addClassName("home-link");
        box.add(more);
        return box;
    }

    private Div card(MyContribution view) {
        Div card = new Div();
        card.addClassName("view-card");
        card.getElement().setAttribute("data-status", view.status().name());
        Span status = new Span(getTranslation(view.status().messageKey()));
        status.addClassNames("status-badge", "status-" + view.status().name().toLowerCase());
        Paragraph words = new Paragraph(view.text());
        words.addClassName("view-words");
        Paragraph about = new Paragraph(view.about() == null ? ThemeLabels.labels(this, themes, view.themeIds())
                : getTranslation(view.about().messageKey()));
        about.addClassName("view-themes");
        Paragraph meta = new Paragraph(getTranslation("mysay.sent", DisplayFormats.dateTime(view.submittedAt())) + " · "
                + getTranslation(view.showName() ? "mysay.named" : "mysay.anonymous"));
        meta.addClassName("view-meta");
        card.add(status, words, about);
        if (view.mood() != null) {
            Span face = new Span(view.mood().face() + " " + getTranslation(view.mood().messageKey()));
            face.addClassName("view-mood");
            card.add(face);
        }
        card.add(meta);
        if (view.status() == ContributionStatus.NOT_SHARED && view.reasonKind() != null) {
            String reason = view.reasonKind() == NotSharedReason.OTHER && view.reason() != null ? view.reason()
                    : getTranslation(view.reasonKind().messageKey());
            Paragraph why = new Paragraph(getTranslation("mysay.reason", reason));
            why.addClassName("view-reason");
            card.add(why);
            if (view.reasonKind() != NotSharedReason.OTHER && view.reason() != null) {
                card.add(new Paragraph(view.reason()));
            }
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mySay");
    }
}
