package org.ourvoice.moderation.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds screening phrases in a young person's words the way they actually write: any case, on
 * whole words, with "txt" spellings tolerated — letters repeated for stress ("hurtttt"), digits for
 * letters ("k1ll"), missing apostrophes, accents, and one slip of the keyboard in longer words.
 */
final class PhraseMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}*]+");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");
    private static final int TYPO_MIN_LENGTH = 6;

    private final List<Phrase> phrases;

    /** One phrase, as normalised words (and as written, for prefixes); the last may match as a prefix. */
    private record Phrase(String original, String[] words, String[] written, boolean prefix) {
    }

    PhraseMatcher(List<String> phrases) {
        this.phrases = new ArrayList<>();
        for (String phrase : phrases) {
            boolean prefix = phrase.strip().endsWith("*");
            String[] words = words(phrase.replace("*", " "));
            if (words.length > 0) {
                this.phrases.add(new Phrase(phrase, words, stretched(phrase.replace("*", " ")), prefix));
            }
        }
    }

    /** The phrases found in the text, as they are written in the list. */
    List<String> find(String text) {
        String[] words = words(text);
        String[] written = stretched(text);
        List<String> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (occurs(phrase, words, written)) {
                found.add(phrase.original());
            }
        }
        return found;
    }

    private static boolean occurs(Phrase phrase, String[] words, String[] written) {
        int length = phrase.words().length;
        for (int start = 0; start + length <= words.length; start++) {
            boolean all = true;
            for (int i = 0; i < length && all; i++) {
                boolean prefix = phrase.prefix() && i == length - 1;
                all = prefix ? written[start + i].startsWith(phrase.written()[i])
                        : same(words[start + i], phrase.words()[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String written, String listed) {
        if (written.equals(listed)) {
            return true;
        }
        return listed.length() >= TYPO_MIN_LENGTH && Math.abs(written.length() - listed.length()) <= 1
                && oneEditApart(written, listed);
    }

    /** Normalised words: lower case, no accents or apostrophes, txt digits as letters, repeats squeezed. */
    static String[] words(String text) {
        return Arrays.stream(plainWords(text)).map(w -> REPEATS.matcher(w).replaceAll("$1")).toArray(String[]::new);
    }

    /**
     * The same words with stretched letters only shortened to two ("groooming" to "grooming"), for
     * phrases that match any ending: squeezing every double would let "groom*" find "grommet".
     */
    static String[] stretched(String text) {
        return Arrays.stream(plainWords(text)).map(w -> STRETCHED.matcher(w).replaceAll("$1$1"))
                .toArray(String[]::new);
    }

    private static String[] plainWords(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        String[] raw = NOT_WORD.matcher(plain.replace("*", " ")).replaceAll(" ").strip().split(" ");
        return Arrays.stream(raw).filter(w -> !w.isEmpty()).map(PhraseMatcher::letters).toArray(String[]::new);
    }

    /** Digits inside a word stand for letters ("k1ll", "h4te"); numbers on their own stay numbers. */
    private static String letters(String word) {
        if (word.chars().noneMatch(Character::isLetter)) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return out.toString();
    }

    /** One letter added, dropped, changed, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (differences == 0) {
                        first = i;
                    }
                    differences++;
                }
            }
            if (differences == 1) {
                return true;
            }
            return differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
