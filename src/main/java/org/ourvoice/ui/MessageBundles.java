package org.ourvoice.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.ourvoice.common.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All user-facing text, from the bundles in {@code i18n/}: {@code messages.properties} for the
 * shell and one bundle per feature (for example {@code voice.properties}), each with its
 * translations ({@code voice_ar.properties}). A missing key shows as {@code !key} and is logged.
 * Each language's keys are gathered from the bundles once, at its first text, so a text is one
 * look-up rather than a search through every bundle.
 */
@Component
public class MessageBundles implements I18NProvider {

    private static final Logger LOG = LoggerFactory.getLogger(MessageBundles.class);
    private static final List<Locale> LOCALES = Arrays.stream(Language.values()).map(Language::locale).toList();

    /** Languages whose keys are indexed at once: the portal's own and a few a browser may ask for. */
    private static final int MOST_INDEXED = 16;

    /** A text as found for a language, with the language of its bundle (how figures in it are written). */
    private record Message(String text, Locale locale) {
    }

    private final List<String> bundles;
    private final Map<Locale, Map<String, Message>> indexes = new ConcurrentHashMap<>();

    public MessageBundles() {
        this.bundles = findBundles();
    }

    /** Base names of every bundle in {@code i18n/}: files without a language suffix. */
    static List<String> findBundles() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .filter(name -> !name.contains("_")).map(name -> "i18n/" + name.replace(".properties", ""))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base names of the bundles, for the test that checks every translation has every key. */
    public List<String> bundles() {
        return bundles;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return find(key, locale, params).orElseGet(() -> {
            LOG.warn("Missing message key {}", key);
            return "!" + key;
        });
    }

    /** The text for the key, or nothing when no bundle has it (for text that may or may not be translated). */
    public Optional<String> find(String key, @Nullable Locale locale, Object... params) {
        Message message = index(locale == null ? Locale.ENGLISH : locale).get(key);
        if (message == null) {
            return Optional.empty();
        }
        return Optional.of(params.length == 0 ? message.text()
                : new MessageFormat(message.text(), message.locale()).format(params));
    }

    /** Every key of every bundle in the language, each from the first bundle (in name order) that has it. */
    private Map<String, Message> index(Locale locale) {
        Map<String, Message> index = indexes.get(locale);
        if (index == null) {
            index = indexOf(locale);
            if (indexes.size() >= MOST_INDEXED) {
                indexes.clear();
            }
            indexes.put(locale, index);
        }
        return index;
    }

    private Map<String, Message> indexOf(Locale locale) {
        Map<String, Message> index = new HashMap<>();
        for (String name : bundles) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                index.putIfAbsent(key, new Message(bundle.getString(key), bundle.getLocale()));
            }
        }
        return Map.copyOf(index);
    }
}
