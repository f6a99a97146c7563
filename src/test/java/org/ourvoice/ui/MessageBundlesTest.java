package org.ourvoice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ourvoice.accounts.domain.AgeBand;
import org.ourvoice.accounts.domain.InvitationStatus;
import org.ourvoice.audit.service.AuditAction;
import org.ourvoice.common.Language;
import org.ourvoice.insight.service.Change;
import org.ourvoice.moderation.domain.PhraseKind;
import org.ourvoice.security.Role;
import org.ourvoice.voice.domain.ContributionStatus;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.QueueFilter;

/**
 * Every translation carries every key of its bundle, the bundles of young people's screens exist in
 * every language, and every message key the code names exists.
 */
class MessageBundlesTest {

    /** Bundles whose text young people read: these must be translated into every language. */
    static final Set<String> YOUNG_PEOPLES_BUNDLES = Set.of("i18n/messages", "i18n/notifications", "i18n/privacy",
            "i18n/voice", "i18n/yousaid", "i18n/pledges", "i18n/opportunities");

    private final MessageBundles bundles = new MessageBundles();

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void everyTranslationHasExactlyTheKeysOfItsBundle() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles.bundles()) {
            Set<String> keys = load(bundle + ".properties").stringPropertyNames();
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                Properties translation = load(bundle + "_" + language.tag() + ".properties");
                if (translation == null) {
                    if (YOUNG_PEOPLES_BUNDLES.contains(bundle)) {
                        problems.add(bundle + " has no " + language + " translation");
                    }
                    continue;
                }
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(translation.stringPropertyNames());
                Set<String> extra = new TreeSet<>(translation.stringPropertyNames());
                extra.removeAll(keys);
                if (!missing.isEmpty() || !extra.isEmpty()) {
                    problems.add(bundle + "_" + language.tag() + " missing " + missing + " extra " + extra);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Pattern literal = Pattern.compile("(?:getTranslation|UserFacingException)\\(\\s*\"([A-Za-z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && bundles.getTranslation(key, Locale.ENGLISH).startsWith("!")) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToPeopleHasItsLabel() {
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).forEach(r -> keys.add(r.messageKey()));
        Stream.of(Role.values()).forEach(r -> keys.add("home.intro." + r.name()));
        Stream.of(AgeBand.values()).forEach(b -> keys.add(b.messageKey()));
        Stream.of(InvitationStatus.values()).forEach(s -> keys.add(s.messageKey()));
        Stream.of(AuditAction.values()).forEach(a -> keys.add("audit.action." + a.name()));
        Stream.of(Mood.values()).forEach(m -> keys.add(m.messageKey()));
        Stream.of(ContributionStatus.values()).forEach(s -> keys.add(s.messageKey()));
        Stream.of(NotSharedReason.values()).forEach(r -> keys.add(r.messageKey()));
        Stream.of(PhraseKind.values()).forEach(k -> keys.add(k.messageKey()));
        Stream.of(QueueFilter.Flag.values()).forEach(f -> keys.add("moderation.flag." + f.name()));
        Stream.of(Change.values()).forEach(c -> keys.add(c.messageKey()));
        Stream.of("YOUNG_PERSON", "CARE_LEAVER").forEach(r -> keys.add("insight.cohort." + r));
        Stream.of("IN", "OUT", "UNKNOWN").forEach(c -> keys.add("insight.county." + c));
        Stream.of("THIS_MONTH", "LAST_3", "LAST_6", "LAST_12", "CUSTOM").forEach(p -> keys.add("insight.period." + p));
        Stream.of("themes", "trend", "moods", "cohort", "ageBand", "county").forEach(c -> {
            keys.add("insight.chart." + c);
            keys.add("insight.chart." + c + ".description");
        });
        assertThat(keys).allSatisfy(key -> assertThat(bundles.getTranslation(key, Locale.ENGLISH)).as(key)
                .doesNotStartWith("!"));
    }

    @Test
    void arabicTextIsServedForArabicAndEnglishIsTheFallback() {
        assertThat(bundles.getTranslation("login.title", Language.ARABIC.locale())).isEqualTo("تسجيل الدخول");
        assertThat(bundles.getTranslation("audit.when", Language.ARABIC.locale())).isEqualTo("When");
        assertThat(bundles.getTranslation("home.greeting", Language.TIGRINYA.locale(), "Jade")).isEqualTo("ሰላም፣ Jade");
    }

    @Test
    void everyKeyReadsInEveryLanguageAsTheFirstBundleThatHasItSays() {
        for (Language language : Language.values()) {
            Locale locale = language.locale();
            Set<String> seen = new HashSet<>();
            for (String name : bundles.bundles()) {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : bundle.keySet()) {
                    if (seen.add(key)) {
                        assertThat(bundles.find(key, locale)).as(language + " " + key).hasValue(bundle.getString(key));
                    }
                }
            }
            assertThat(seen).as(language.toString()).hasSizeGreaterThan(100);
        }
        assertThat(bundles.find("no.such.key", Locale.ENGLISH)).isEmpty();
        assertThat(bundles.find("no.such.key", Language.ARABIC.locale())).isEmpty();
        assertThat(bundles.find("login.title", null)).isEqualTo(bundles.find("login.title", Locale.ENGLISH));
        assertThat(bundles.find("home.greeting", Locale.ENGLISH, "Jade")).hasValue("Hello, Jade");
    }

    @Test
    void aLanguageThePortalDoesNotSpeakReadsTheEnglishBundles() {
        for (Locale asked : List.of(Locale.GERMAN, Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("ar-EG"))) {
            assertThat(bundles.find("audit.when", asked)).as(asked.toString()).hasValue("When");
        }
        assertThat(bundles.getTranslation("login.title", Locale.forLanguageTag("ar-EG"))).isEqualTo("تسجيل الدخول");
    }
}
