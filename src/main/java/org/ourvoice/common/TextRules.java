package org.ourvoice.common;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks shared by every form that takes free text: length, control characters, tidy spacing. */
public final class TextRules {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\p{Cf}&&[^\\u200c\\u200d\\u200e\\u200f]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * The flags of England, Scotland and Wales: a black flag, invisible tag letters, a cancel tag.
     * Tag letters are allowed there and nowhere else, where they could hide text.
     */
    private static final Pattern FLAG_TAGS = Pattern.compile("\\x{1F3F4}[\\x{E0020}-\\x{E007E}]+\\x{E007F}");

    private TextRules() {
    }

    /** Unicode-normalised, trimmed and with runs of white space made single; null stays empty. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** True when the text carries invisible control characters that have no place in a form. */
    public static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(FLAG_TAGS.matcher(text).replaceAll("")).find();
    }

    /** The text with those invisible control characters taken out; null becomes empty. */
    public static String withoutControlCharacters(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        Matcher flags = FLAG_TAGS.matcher(text);
        int from = 0;
        while (flags.find()) {
            kept.append(CONTROL.matcher(text.substring(from, flags.start())).replaceAll("")).append(flags.group());
            from = flags.end();
        }
        return kept.append(CONTROL.matcher(text.substring(from)).replaceAll("")).toString();
    }

    /** Length as a person counts it: emoji and other characters outside the basic plane count once. */
    public static int visibleLength(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
