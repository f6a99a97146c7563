package org.ourvoice.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.ourvoice.common.Language;
import org.ourvoice.security.AccountPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Picks the language of every screen: the one chosen in this session, else the account's, else
 * the one remembered on this device, else the browser's; right-to-left languages mirror the page.
 */
@Component
public class PortalLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "ourvoice-language";
    private static final String SESSION_KEY = PortalLanguage.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), current()));
    }

    /** Switches the current screen (and the rest of this visit) to the language. */
    public static void choose(UI ui, Language language) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, language);
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie);
        }
        apply(ui, language);
    }

    static Language current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Language chosen) {
            return chosen;
        }
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                        instanceof AccountPrincipal principal) {
            return Language.ofTag(principal.languageTag()).orElse(Language.ENGLISH);
        }
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null) {
            return Language.ENGLISH;
        }
        Optional<Language> remembered = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName())).findFirst().flatMap(c -> Language.ofTag(c.getValue()));
        return remembered.orElseGet(() -> Language.of(request.getLocale()));
    }

    private static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.setDirection(language.isRightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
    }
}
