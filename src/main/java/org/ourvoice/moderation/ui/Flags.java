package org.ourvoice.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.ourvoice.voice.service.QueueItem;

/** The flags and waiting time of a view, as words (never colour alone). */
final class Flags {

    private Flags() {
    }

    static Span badges(Component on, QueueItem item) {
        Span badges = new Span();
        badges.addClassName("flags");
        if (item.urgent()) {
            badges.add(badge(on, "moderation.flag.URGENT", "flag-urgent"));
        }
        if (item.personalInfo()) {
            badges.add(badge(on, "moderation.flag.PERSONAL_INFO", "flag-personal"));
        }
        if (item.wantsToTalk()) {
            badges.add(badge(on, "moderation.flag.WANTS_TO_TALK", "flag-talk"));
        }
        return badges;
    }

    private static Span badge(Component on, String key, String style) {
        Span badge = new Span(on.getTranslation(key));
        badge.addClassNames("flag-badge", style);
        return badge;
    }

    static String waited(Component on, Instant since, Instant now) {
        Duration waited = Duration.between(since, now);
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        if (waited.toDays() >= 2) {
            return on.getTranslation("moderation.waitedDays", waited.toDays(), waited.toHoursPart());
        }
        return on.getTranslation("moderation.waitedFor", waited.toHours(), waited.toMinutesPart());
    }
}
