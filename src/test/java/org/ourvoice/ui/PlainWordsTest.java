package org.ourvoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Young people's screens stay short and plain (reading age about 9): short sentences, short words,
 * and an easy-reading score for each bundle as a whole. Staff bundles are not held to this.
 */
class PlainWordsTest {

    static final int MAX_WORDS_PER_SENTENCE = 25;
    static final int MAX_LETTERS_PER_WORD = 13;
    /** Flesch reading ease of 60 or more is plain English; 70+ is easy for a 9 to 10 year old. */
    static final double MIN_READING_EASE = 60;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private static List<String> texts(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlainWordsTest.class.getClassLoader().getResourceAsStream(bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> texts = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.endsWith(".email") && !key.endsWith(".subject")) {
                texts.add(PLACEHOLDER.matcher(properties.getProperty(key)).replaceAll("it").replace("''", "'"));
            }
        }
        return texts;
    }

    private static String[] words(String sentence) {
        return sentence.replaceAll("[^\\p{L}\\p{N}' -]", " ").trim().split("[\\s-]+");
    }

    @Test
    void sentencesAndWordsAreShort() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : MessageBundlesTest.YOUNG_PEOPLES_BUNDLES) {
            for (String text : texts(bundle)) {
                for (String sentence : SENTENCE_END.split(text)) {
                    String[] words = words(sentence);
                    if (words.length > MAX_WORDS_PER_SENTENCE) {
                        problems.add(bundle + ": sentence of " + words.length + " words: " + sentence);
                    }
                    for (String word : words) {
                        if (word.length() > MAX_LETTERS_PER_WORD && !word.equals("OurVoice")) {
                            problems.add(bundle + ": long word " + word);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachBundleReadsEasily() throws IOException {
        for (String bundle : MessageBundlesTest.YOUNG_PEOPLES_BUNDLES) {
            int sentences = 0;
            int words = 0;
            int syllables = 0;
            for (String text : texts(bundle)) {
                for (String sentence : SENTENCE_END.split(text)) {
                    String[] found = words(sentence);
                    if (found.length == 0 || found[0].isEmpty()) {
                        continue;
                    }
                    sentences++;
                    words += found.length;
                    for (String word : found) {
                        syllables += syllables(word);
                    }
                }
            }
            double ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
            assertThat(ease).as("Flesch reading ease of %s", bundle).isGreaterThanOrEqualTo(MIN_READING_EASE);
        }
    }

    /** Vowel groups, a silent final e not counted: close enough for a whole bundle. */
    static int syllables(String word) {
        String lower = word.toLowerCase().replaceAll("[^a-z]", "");
        if (lower.isEmpty()) {
            return 1;
        }
        int count = lower.split("[aeiouy]+", -1).length - 1;
        if (lower.endsWith("e") && !lower.endsWith("le") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }
}
