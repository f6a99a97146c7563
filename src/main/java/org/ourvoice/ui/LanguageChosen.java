package org.ourvoice.ui;

import org.ourvoice.common.Language;

/** Published when a signed-in person picks a language, so their account remembers it. */
public record LanguageChosen(Language language) {
}
