package org.ourvoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The NCSC/NIST password rules: length and a deny-list, no composition rules. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void threeRandomWordsPassWithoutDigitsOrSymbols() {
        assertThat(policy.check("purple tiger toast", "Jade")).isEmpty();
        assertThat(policy.check("كلمة سر طويلة جدا", "Jade")).isEmpty();
    }

    @Test
    void shortCommonRepetitiveOrOwnNamePasswordsFail() {
        assertThat(policy.check("short", "Jade")).contains("password.tooShort");
        assertThat(policy.check("Password123", "Jade")).contains("password.common");
        assertThat(policy.check("aaaaaaaaaaaa", "Jade")).contains("password.common");
        assertThat(policy.check("jadejadejade", "Jade")).contains("password.containsName");
        assertThat(policy.check("a".repeat(129) + "bc", "Jade")).contains("password.tooLong");
        assertThat(policy.check("bell\u0007 ringing now", "Jade")).contains("password.controlCharacters");
    }

    @Test
    void emojiCountAsOneCharacterEach() {
        assertThat(policy.check("😀😀😀😀😀😀😀😀😀", "Jade")).contains("password.tooShort");
    }
}
