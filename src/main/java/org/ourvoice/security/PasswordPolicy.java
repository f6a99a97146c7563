package org.ourvoice.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ourvoice.common.TextRules;
import org.springframework.stereotype.Component;

/**
 * Password rules after NCSC and NIST SP 800-63B: a minimum length, a deny-list of common and
 * breached passwords, not the person's own name, and no composition rules.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> denied;

    public PasswordPolicy() {
        this.denied = loadDenyList();
    }

    /** The message key of the first rule the password breaks, or empty when it is fine. */
    public Optional<String> check(String password, String displayName) {
        int length = TextRules.visibleLength(password);
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (TextRules.hasControlCharacters(password)) {
            return Optional.of("password.controlCharacters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (denied.contains(lower) || password.chars().distinct().count() < 3) {
            return Optional.of("password.common");
        }
        String name = displayName.toLowerCase(Locale.ROOT).replace(" ", "");
        String compact = lower.replace(" ", "");
        if (!name.isEmpty() && compact.contains(name)
                && compact.replace(name, "").replaceAll("\\d", "").length() < MIN_LENGTH / 2) {
            return Optional.of("password.containsName");
        }
        return Optional.empty();
    }

    private static Set<String> loadDenyList() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
