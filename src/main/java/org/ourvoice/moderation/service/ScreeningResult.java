package org.ourvoice.moderation.service;

import java.util.List;

/** What screening found in a view: phrases suggesting a risk of harm, and kinds of personal detail. */
public record ScreeningResult(List<String> urgentPhrases, List<String> personalDetails) {

    public ScreeningResult {
        urgentPhrases = List.copyOf(urgentPhrases);
        personalDetails = List.copyOf(personalDetails);
    }

    public boolean urgent() {
        return !urgentPhrases.isEmpty();
    }

    public boolean personal() {
        return !personalDetails.isEmpty();
    }
}
