package org.ourvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.moderation.service.SafeguardingService;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.Choices;
import org.ourvoice.voice.service.QueueFilter;
import org.ourvoice.voice.service.QueueItem;

/**
 * The moderation queue: every view waits here, urgent ones first and then the longest waiting,
 * with how long each has waited. Pages come from the database as the worker scrolls.
 */
@Route("moderation")
@RolesAllowed(Roles.WORKER)
@Menu(order = 20, title = "nav.moderation", icon = "vaadin:check-square-o")
public class ModerationQueueView extends VerticalLayout implements HasDynamicTitle {

    static final int SNIPPET = 160;

    private final ModerationService moderation;
    private final SafeguardingService safeguarding;
    private final List<ThemeChoice> activeThemes;
    private final Clock clock;
    private final Grid<QueueItem> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Select<QueueFilter.Flag> flag = new Select<>();
    private final Select<Optional<ThemeChoice>> theme = new Select<>();
    private final Select<Optional<AgeBand>> ageBand = new Select<>();

    public ModerationQueueView(ModerationService moderation, SafeguardingService safeguarding,
            ThemeService themeService, Clock clock) {
        this.moderation = moderation;
        this.safeguarding = safeguarding;
        this.activeThemes = themeService.choices();
        this.clock = clock;
        addClassName("moderation-view");
        List<ThemeChoice> all = themeService.all();
        Map<Long, ThemeChoice> themes = all.stream().collect(Collectors.toMap(ThemeChoice::id, Function.identity()));

        flag.setId("queue-flag");
        flag.setLabel(getTranslation("moderation.flag"));
        flag.setItems(QueueFilter.Flag.values());
        flag.setItemLabelGenerator(f -> getTranslation("moderation.flag." + f.name()));
        flag.setValue(QueueFilter.Flag.ANY);
        theme.setId("queue-theme");
        theme.setLabel(getTranslation("moderation.theme"));
        theme.setItems(Choices.withAll(all));
        theme.setItemLabelGenerator(o -> o.map(ThemeChoice::name).orElse(getTranslation("moderation.allThemes")));
        theme.setValue(Optional.empty());
        ageBand.setId("queue-age");
        ageBand.setLabel(getTranslation("moderation.ageBand"));
        ageBand.setItems(Choices.withAll(Arrays.asList(AgeBand.values())));
        ageBand.setItemLabelGenerator(o -> o.map(b -> getTranslation(b.messageKey()))
                .orElse(getTranslation("moderation.allAges")));
        ageBand.setValue(Optional.empty());
        flag.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        ageBand.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(flag, theme, ageBand);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        count.setId("queue-count");
        grid.setId("queue-grid");
        grid.setAriaLabel(getTranslation("nav.moderation"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(item -> Flags.badges(this, item)).setHeader(getTranslation("moderation.flags"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Flags.waited(this, item.submittedAt(), clock.instant()))
                .setHeader(getTranslation("moderation.waited")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation(item.authorRole().messageKey())
                + (item.ageBand() == null ? "" : ", " + getTranslation("ageBand." + item.ageBand())))
                .setHeader(getTranslation("moderation.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> snippet(item.text())).setHeader(getTranslation("moderation.words")).setFlexGrow(3);
        grid.addColumn(item -> item.about() != null ? getTranslation("moderation.about." + item.about().name())
                : item.themeIds().stream().map(themes::get).filter(t -> t != null)
                .map(ThemeChoice::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("moderation.themes")).setFlexGrow(1);
        grid.addComponentColumn(item -> {
            Button check = new Button(getTranslation("moderation.open"), click -> open(item));
            check.addClassName("queue-open");
            check.addThemeVariants(ButtonVariant.SMALL);
            return check;
        }).setHeader(getTranslation("moderation.open")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> moderation.queue(filter(), query.getOffset(), query.getLimit()).stream());
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(new Paragraph(getTranslation("moderation.intro")), filters, count, grid);
        setSizeFull();
        refreshCount();
    }


    private QueueFilter filter() {
        return new QueueFilter(flag.getValue() == null ? QueueFilter.Flag.ANY : flag.getValue(),
                theme.getValue() == null ? null : theme.getValue().map(ThemeChoice::id).orElse(null),
                ageBand.getValue() == null ? null : ageBand.getValue().map(AgeBand::name).orElse(null));
    }

    private void open(QueueItem item) {
        new ModerationPanel(moderation, safeguarding, activeThemes, item.id(), this::refresh, clock).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshCount();
    }

    private void refreshCount() {
        long waiting = moderation.countQueue(filter());
        if (waiting == 0) {
            count.setText(getTranslation("moderation.empty"));
        } else if (waiting > QueueFilter.COUNT_CAP) {
            count.setText(getTranslation("moderation.waitingMany", QueueFilter.COUNT_CAP));
        } else {
            count.setText(getTranslation("moderation.waiting", waiting));
        }
    }

    static String snippet(String text) {
        return text.codePointCount(0, text.length()) <= SNIPPET ? text
                : text.substring(0, text.offsetByCodePoints(0, SNIPPET)) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.moderation");
    }
}
