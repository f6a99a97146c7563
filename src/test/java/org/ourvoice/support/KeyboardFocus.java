package org.ourvoice.support;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;

/**
 * Where the keyboard focus is in a page, looked for through shadow roots, for the keyboard-only
 * journeys (WCAG 2.2: 2.1.1 Keyboard, 2.4.7 Focus visible).
 */
public final class KeyboardFocus {

    private static final int MAX_TABS = 80;

    /**
     * The element that really has the focus as a short description (its tag, id and classes, and
     * the start of its text), plus whether the focus is shown: the browser's :focus-visible, or the
     * focus-ring attribute Vaadin components set for keyboard focus.
     */
    private static final String FOCUS = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) {
                a = a.shadowRoot.activeElement;
              }
              if (!a || a === document.body) {
                return { where: 'body', shown: false, text: '' };
              }
              let shown = a.matches(':focus-visible');
              for (let n = a; n; n = n.parentNode || n.host) {
                if (n.nodeType === 1 && n.hasAttribute('focus-ring')) {
                  shown = true;
                }
              }
              const describe = e => e.localName + (e.id ? '#' + e.id : '')
                  + (e.classList && e.classList.length ? '.' + [...e.classList].join('.') : '');
              return { where: describe(a), shown, text: (a.textContent || a.value || '').trim().slice(0, 80) };
            }""";

    private KeyboardFocus() {
    }

    /**
     * Presses Tab until the focus is on or inside an element matching the selector (and, when
     * given, holding the text) and checks the focus is shown there; fails, listing every stop on the
     * way, if it never gets there.
     */
    public static void tabUntil(Page on, String selector, String text) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            path.add(focus(on).get("where"));
            if (focusIsIn(on, selector, text)) {
                Map<String, Object> now = focus(on);
                Assertions.assertThat(now.get("shown")).as("the focus on " + now.get("where") + " is shown")
                        .isEqualTo(true);
                return;
            }
            on.keyboard().press("Tab");
        }
        Assertions.fail("Tab never reached " + selector + (text == null ? "" : " \"" + text + "\"")
                + "; the focus went " + path);
    }

    /** Fails unless the focus is on or inside an element matching the selector. */
    public static void assertFocusIn(Page on, String selector) {
        Assertions.assertThat(focusIsIn(on, selector, null)).as("the focus is in " + selector + " but is on "
                + focus(on)).isTrue();
    }

    /** Whether the focus is on or inside an element matching the selector and, when given, holding the text. */
    public static boolean focusIsIn(Page on, String selector, String text) {
        return (Boolean) on.evaluate("""
                ([selector, text]) => {
                  let a = document.activeElement;
                  let inside = false;
                  while (a) {
                    for (let n = a; n; n = n.parentElement) {
                      if (n.matches(selector) && (text == null || (n.textContent || '').includes(text))) {
                        inside = true;
                      }
                    }
                    a = a.shadowRoot ? a.shadowRoot.activeElement : null;
                  }
                  return inside;
                }""", Arrays.asList(selector, text));
    }

    /** Where the focus is ({@code where}), whether it is shown ({@code shown}) and the text there ({@code text}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> focus(Page on) {
        return (Map<String, Object>) on.evaluate(FOCUS);
    }
}
