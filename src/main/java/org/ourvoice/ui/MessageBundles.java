package org.ourvoice.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-facing text, from {@code i18n/messages*.properties}. A missing key shows as
 * {@code !key} so that it is noticed, and is logged.
 */
@Component
public class MessageBundles implements I18NProvider {

    public static final String BUNDLE = "i18n/messages";
    private static final Logger LOG = LoggerFactory.getLogger(MessageBundles.class);
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(params);
        } catch (MissingResourceException e) {
            LOG.warn("Missing message key {}", key);
            return "!" + key;
        }
    }
}
