package org.ourvoice.voice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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
import org.ourvoice.voice.domain.ContributionStatus;
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
    private final ThemeService themeService;
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    public MySayView(ContributionService contributions, ThemeService themeService, List<ViewFollowUps> followUps) {
        this.contributions = contributions;
        this.followUps = followUps;
        this.themeService = themeService;
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
        // looked up for each page rather than kept: the view lives as long as the session
        Map<Long, ThemeChoice> themes = themeService.all().stream()
                .collect(Collectors.toMap(ThemeChoice::id, Function.identity()));
        List<Long> shared = page.stream().filter(c -> c.status() == ContributionStatus.APPROVED)
                .map(MyContribution::id).toList();
        List<ViewFollowUps.FollowUp> answers = new ArrayList<>();
        followUps.forEach(f -> answers.addAll(f.forViews(shared)));
        page.forEach(c -> list.add(new MySayCard(this, themes, c,
                answers.stream().filter(a -> a.contributionId() == c.id()).toList())));
        shown += page.size();
        more.setVisible(shown < contributions.countMine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mySay");
    }
}
