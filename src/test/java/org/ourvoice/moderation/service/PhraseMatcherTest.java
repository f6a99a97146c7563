package org.ourvoice.moderation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Screening as young people really write: txt spellings found, ordinary words and sentences left alone. */
class PhraseMatcherTest {

    private static final PhraseMatcher URGENT = new PhraseMatcher(List.of("kill myself", "hurt myself", "self harm",
            "harm", "scar", "don't want to live", "groom*", "suicidal", "suicide", "hit me"));

    private static List<String> urgent(String text) {
        return URGENT.find(text);
    }

    @Test
    void findsPhrasesInAnyCase() {
        assertThat(urgent("Sometimes I want to KILL MYSELF")).containsExactly("kill myself");
        assertThat(urgent("Kill Myself")).containsExactly("kill myself");
        assertThat(urgent("i think about self HARM")).contains("self harm");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(urgent("The game was harmless fun")).isEmpty();
        assertThat(urgent("I got a new scarf for winter")).isEmpty();
        assertThat(urgent("My skill myself is drawing")).as("skill is not kill").isEmpty();
        assertThat(urgent("White hitmen in the film")).isEmpty();
        assertThat(urgent("It left a scar")).containsExactly("scar");
    }

    @Test
    void findsEveryPhraseThatOccurs() {
        assertThat(urgent("Self harm, they hit me, I don't want to live"))
                .containsExactlyInAnyOrder("self harm", "harm", "hit me", "don't want to live");
    }

    @Test
    void toleratesLettersRepeatedForStress() {
        assertThat(urgent("i just want to hurtttt myselfff")).containsExactly("hurt myself");
        assertThat(urgent("KILLLLL MYSELF")).containsExactly("kill myself");
    }

    @Test
    void readsDigitsInsideWordsAsLetters() {
        assertThat(urgent("gonna k1ll mys3lf")).containsExactly("kill myself");
        assertThat(urgent("5uic1de")).containsExactly("suicide");
    }

    @Test
    void numbersOnTheirOwnStayNumbers() {
        assertThat(new PhraseMatcher(List.of("is")).find("I was 15")).isEmpty();
        assertThat(new PhraseMatcher(List.of("15")).find("I was 15")).containsExactly("15");
    }

    @Test
    void toleratesMissingOrCurlyApostrophes() {
        assertThat(urgent("i dont want to live here")).containsExactly("don't want to live");
        assertThat(urgent("I don’t want to live")).containsExactly("don't want to live");
        assertThat(urgent("i DON'T want to live")).containsExactly("don't want to live");
    }

    @Test
    void aTrailingStarMatchesAnyEnding() {
        assertThat(urgent("He was grooming me online")).containsExactly("groom*");
        assertThat(urgent("groomed")).containsExactly("groom*");
        assertThat(urgent("groom")).containsExactly("groom*");
        assertThat(urgent("He was grooooming me")).containsExactly("groom*");
        assertThat(urgent("The grommet on my bike broke")).isEmpty();
        assertThat(urgent("the stairs groan")).isEmpty();
    }

    @Test
    void toleratesOneSlipOfTheKeyboardInListedWordsOfSixLettersOrMore() {
        PhraseMatcher suicidal = new PhraseMatcher(List.of("suicidal"));
        assertThat(suicidal.find("feeling suicidel")).as("one letter changed").containsExactly("suicidal");
        assertThat(suicidal.find("feeling sucidal")).as("one letter dropped").containsExactly("suicidal");
        assertThat(suicidal.find("feeling suicidual")).as("one letter added").containsExactly("suicidal");
        assertThat(suicidal.find("feeling siucidal")).as("two neighbours swapped").containsExactly("suicidal");
        assertThat(suicidal.find("feeling suicidle")).as("two slips are too many").isEmpty();
        assertThat(urgent("feeling suicidle")).as("but it is one slip from suicide").containsExactly("suicide");
    }

    @Test
    void shortListedWordsMustBeSpeltExactly() {
        PhraseMatcher shortWords = new PhraseMatcher(List.of("harm", "hit me", "drunk"));
        assertThat(shortWords.find("harn")).isEmpty();
        assertThat(shortWords.find("hot me")).isEmpty();
        assertThat(shortWords.find("drunc")).isEmpty();
        assertThat(shortWords.find("hit me")).containsExactly("hit me");
    }

    @Test
    void ignoresAccents() {
        assertThat(urgent("Je veux me suïcide")).containsExactly("suicide");
        assertThat(new PhraseMatcher(List.of("café")).find("the cafe")).containsExactly("café");
        assertThat(urgent("kíll mysélf")).containsExactly("kill myself");
    }

    @Test
    void aPhraseMustBeWrittenInOrderAndTogether() {
        assertThat(urgent("myself kill")).isEmpty();
        assertThat(urgent("kill time by myself")).isEmpty();
    }

    @Test
    void emptyOrSymbolOnlyTextFindsNothing() {
        assertThat(urgent("")).isEmpty();
        assertThat(urgent("  !!! ... 😢😢 ")).isEmpty();
        assertThat(new PhraseMatcher(List.of()).find("kill myself")).isEmpty();
    }

    @Test
    void personalDetailsFindsUkMobileAndLandlineNumbers() {
        assertThat(PersonalDetails.find("text me on 07700 900123 ok")).containsExactly("phone number");
        assertThat(PersonalDetails.find("my number is 07700900123")).containsExactly("phone number");
        assertThat(PersonalDetails.find("ring +44 7700 900123")).containsExactly("phone number");
        assertThat(PersonalDetails.find("home is 020 7946 0018")).containsExactly("phone number");
        assertThat(PersonalDetails.find("home is 01632-960-123")).containsExactly("phone number");
        assertThat(PersonalDetails.find("home is (01632) 960123")).containsExactly("phone number");
        assertThat(PersonalDetails.find("home is +44 (0)1632 960123")).containsExactly("phone number");
    }

    @Test
    void personalDetailsLeavesShortNumbersAlone() {
        assertThat(PersonalDetails.find("I am 15 and I have lived in 3 homes since 2019")).isEmpty();
    }

    @Test
    void personalDetailsFindsEmailPostcodeAndStreetAddress() {
        assertThat(PersonalDetails.find("email me at jade.k99@example.co.uk")).containsExactly("e-mail address");
        assertThat(PersonalDetails.find("near SW1A 1AA")).containsExactly("postcode");
        assertThat(PersonalDetails.find("near b33 8th")).containsExactly("postcode");
        assertThat(PersonalDetails.find("I live at 12 acacia avenue")).containsExactly("street address");
        assertThat(PersonalDetails.find("the house at 4b, church lane is cold")).containsExactly("street address");
    }

    @Test
    void personalDetailsFindsNames() {
        assertThat(PersonalDetails.find("my teacher Mr Smith shouts")).containsExactly("a person's name");
        assertThat(PersonalDetails.find("my teacher Mrs. Patel is kind")).containsExactly("a person's name");
        assertThat(PersonalDetails.find("I told my worker Sarah Jones about it")).containsExactly("a person's name");
        assertThat(PersonalDetails.find("Dear Sarah Jones, thank you")).containsExactly("a person's name");
    }

    @Test
    void personalDetailsDoesNotFlagEverydayCapitals() {
        assertThat(PersonalDetails.find("I saw Mum on Monday")).isEmpty();
        assertThat(PersonalDetails.find("Happy Days at the youth club were good.")).isEmpty();
        assertThat(PersonalDetails.find("We went out. Great Food and fun.")).isEmpty();
        assertThat(PersonalDetails.find("I had Christmas Day with Nan")).isEmpty();
        assertThat(PersonalDetails.find("I live in a house with my Mum")).isEmpty();
    }
}
