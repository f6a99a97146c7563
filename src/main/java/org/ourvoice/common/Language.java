package org.ourvoice.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks. English is the original; the others are for young people
 * who read little English (many unaccompanied young people speak Arabic, Dari or Tigrinya) and
 * are marked as awaiting review by a native speaker.
 */
public enum Language {
    ENGLISH("en", "English", false),
    ARABIC("ar", "العربية", true),
    DARI("fa", "دری / فارسی", true),
    TIGRINYA("ti", "ትግርኛ", false);

    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String tag, String nativeName, boolean rightToLeft) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, so a person can find their own language without reading English. */
    public String nativeName() {
        return nativeName;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean awaitsReview() {
        return this != ENGLISH;
    }

    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : ofTag(locale.getLanguage()).orElse(ENGLISH);
    }
}
