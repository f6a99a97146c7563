package org.ourvoice.moderation.service;

import java.util.ArrayList;
import java.util.List;
import org.ourvoice.moderation.domain.PhraseKind;
import org.ourvoice.moderation.domain.ScreeningPhrase;
import org.ourvoice.moderation.domain.ScreeningPhraseRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens a young person's words against the phrase lists the workers keep, and for personal
 * details. It only routes: it never refuses a view, and never tells the young person.
 */
@Component
public class Screening {

    private final ScreeningPhraseRepository phrases;

    Screening(ScreeningPhraseRepository phrases) {
        this.phrases = phrases;
    }

    @Transactional(readOnly = true)
    public ScreeningResult screen(String text) {
        List<String> urgent = new ArrayList<>();
        List<String> personal = new ArrayList<>();
        for (ScreeningPhrase phrase : phrases.findByActiveTrue()) {
            (phrase.getKind() == PhraseKind.URGENT ? urgent : personal).add(phrase.getPhrase());
        }
        List<String> personalFound = new ArrayList<>(new PhraseMatcher(personal).find(text));
        personalFound.addAll(PersonalDetails.find(text));
        return new ScreeningResult(new PhraseMatcher(urgent).find(text), personalFound);
    }
}
