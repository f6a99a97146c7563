package org.ourvoice.voice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.server.VaadinService;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.ui.MessageBundles;

/** Theme names as people read them: young people's labels translated where the bundles have them. */
public final class ThemeLabels {

    private ThemeLabels() {
    }

    /**
     * The plain-words label for young people, in their language where a translation exists. Once a
     * worker rewords a label, their words are shown (the bundles' translations are of the old one).
     */
    public static String label(Component on, ThemeChoice theme) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null || !(service.getInstantiator().getI18NProvider() instanceof MessageBundles bundles)) {
            return theme.label();
        }
        boolean unchanged = bundles.find(theme.labelKey(), Locale.ENGLISH).map(theme.label()::equals).orElse(false);
        if (!unchanged) {
            return theme.label();
        }
        Locale locale = on.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
        return bundles.find(theme.labelKey(), locale).orElse(theme.label());
    }

    /** An icon and the label, for the young people's theme picker and their list of views. */
    public static Component withIcon(Component on, ThemeChoice theme) {
        Span chip = new Span();
        chip.addClassName("theme-chip");
        Icon icon = new Icon(theme.icon());
        icon.getElement().setAttribute("aria-hidden", "true");
        chip.add(icon, new Span(label(on, theme)));
        return chip;
    }

    /** The labels of several themes, joined for a line of text. */
    public static String labels(Component on, Map<Long, ThemeChoice> themes, Collection<Long> ids) {
        return ids.stream().map(themes::get).filter(Objects::nonNull).map(t -> label(on, t))
                .collect(Collectors.joining(", "));
    }

    /** The board's names of several themes. */
    public static String names(Map<Long, ThemeChoice> themes, Collection<Long> ids) {
        return ids.stream().map(themes::get).filter(Objects::nonNull).map(ThemeChoice::name)
                .collect(Collectors.joining(", "));
    }
}
