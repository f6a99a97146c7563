package org.ourvoice.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ourvoice.board.domain.ActionStatus;
import org.ourvoice.board.service.ThemeStories;
import org.ourvoice.board.service.YouSaidStory;
import org.ourvoice.board.service.YouSaidWeDidService;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.MessageBundles;

/**
 * "You said, we did" for young people: by theme, what young people said, what the board decided,
 * what is happening now with dates and what is finished; "Only things I said" narrows it.
 */
@Route("you-said-we-did")
@RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
@Menu(order = 12, title = "nav.youSaidWeDid", icon = "vaadin:exchange")
public class YouSaidWeDidView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Stories shown under a theme at first, newest first; the rest come with "Show all". */
    public static final int FIRST_STORIES = 3;

    private final YouSaidWeDidService service;
    private final Map<Long, ThemeChoice> themes;
    private final Checkbox onlyMine = new Checkbox();
    private final Div list = new Div();

    public YouSaidWeDidView(YouSaidWeDidService service, ThemeService themeService) {
        this.service = service;
        this.themes = BoardThemes.byId(themeService.all());
        addClassName("you-said-we-did");
        onlyMine.setId("ysd-only-mine");
        onlyMine.setLabel(getTranslation("yousaid.onlyMine"));
        onlyMine.addValueChangeListener(e -> refresh());
        list.setId("ysd-list");
        list.setWidthFull();
        add(new Paragraph(getTranslation("yousaid.intro")), onlyMine, list);
    }

    /** {@code ?mine=true} opens the page on things the young person said (the link from My say). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        onlyMine.setValue(event.getLocation().getQueryParameters().getSingleParameter("mine")
                .map("true"::equals).orElse(false));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ThemeStories> found = service.stories(onlyMine.getValue());
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation(onlyMine.getValue() ? "yousaid.noneMine" : "yousaid.none")));
        }
        found.forEach(t -> list.add(theme(t)));
    }

    private Component theme(ThemeStories stories) {
        Div section = new Div();
        section.addClassName("ysd-theme");
        ThemeChoice theme = themes.get(stories.themeId());
        section.add(new H3(theme == null ? "" : label(theme)),
                new Paragraph(getTranslation("yousaid.viewsShared", stories.views())));
        if (!stories.quotes().isEmpty()) {
            section.add(new H4(getTranslation("yousaid.quotes")));
            UnorderedList quotes = new UnorderedList();
            stories.quotes().forEach(q -> quotes.add(new ListItem("\u201C" + q.text() + "\u201D")));
            section.add(quotes);
        }
        List<YouSaidStory> all = stories.stories();
        Div cards = new Div();
        cards.addClassName("ysd-stories");
        all.stream().limit(FIRST_STORIES).forEach(s -> cards.add(story(s)));
        section.add(cards);
        if (all.size() > FIRST_STORIES) {
            Button more = new Button(getTranslation("yousaid.showAll", all.size()));
            more.addClassName("ysd-more");
            more.addClickListener(click -> {
                List<Component> rest = all.stream().skip(FIRST_STORIES).map(this::story).toList();
                rest.forEach(cards::add);
                section.remove(more);
                // the first story that was added takes the focus the button had
                rest.getFirst().getElement().setAttribute("tabindex", "-1");
                rest.getFirst().getElement().callJsFunction("focus");
            });
            section.add(more);
        }
        return section;
    }

    private Component story(YouSaidStory s) {
        Div card = new Div();
        card.addClassName("story-card");
        card.getElement().setAttribute("data-response", String.valueOf(s.responseId()));
        Span state = new Span(getTranslation(s.finished() ? "yousaid.finished" : "yousaid.happening"));
        state.addClassNames("status-badge", s.finished() ? "status-approved" : "status-happening");
        card.add(state);
        if (s.aboutMe()) {
            Span mine = new Span(getTranslation("yousaid.aboutYou"));
            mine.addClassNames("status-badge", "story-about-me");
            card.add(mine);
        }
        card.add(new H4(getTranslation("yousaid.youSaid")), words(s.youSaid(), "story-you-said"),
                new H4(getTranslation("yousaid.weDid")), words(s.weDid(), "story-we-did"),
                new H4(getTranslation("yousaid.whatNext")), words(s.whatNext(), "story-what-next"));
        if (s.byWhen() != null) {
            card.add(new Paragraph(getTranslation("yousaid.byWhen", BoardMeetingsView.DAY.format(s.byWhen()))));
        }
        card.add(new Paragraph(getTranslation("yousaid.decided", s.decision())));
        if (!s.actions().isEmpty()) {
            UnorderedList actions = new UnorderedList();
            s.actions().forEach(a -> {
                ListItem item = new ListItem(getTranslation("yousaid.actionLine", a.title(),
                        BoardMeetingsView.DAY.format(a.dueOn()), getTranslation(a.status().messageKey())
                                + (a.overdue() ? " (" + getTranslation("yousaid.late") + ")" : "")));
                if (a.status() == ActionStatus.NOT_POSSIBLE && a.explanation() != null) {
                    item.add(new Paragraph(getTranslation("yousaid.whyNot", a.explanation())));
                }
                actions.add(item);
            });
            card.add(actions);
        }
        card.add(new AnswerPanel(s, service));
        return card;
    }

    private static Paragraph words(String text, String className) {
        Paragraph p = new Paragraph(text);
        p.addClassNames(className, "view-words");
        return p;
    }

    /** The young people's label of the theme, in their language where the bundles have it. */
    private String label(ThemeChoice theme) {
        VaadinService vaadin = VaadinService.getCurrent();
        if (vaadin == null || !(vaadin.getInstantiator().getI18NProvider() instanceof MessageBundles bundles)) {
            return theme.label();
        }
        boolean unchanged = bundles.find(theme.labelKey(), Locale.ENGLISH).map(theme.label()::equals).orElse(false);
        Locale locale = getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
        return unchanged ? bundles.find(theme.labelKey(), locale).orElse(theme.label()) : theme.label();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.youSaidWeDid");
    }
}
