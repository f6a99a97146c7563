package org.ourvoice.voice.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.voice.domain.Mood;

/**
 * What the "Have your say" form holds, sent or not. {@code submissionKey} is made when the form
 * is opened and travels with the draft, so a double tap or a retry stores the view once.
 */
public record ContributionForm(String submissionKey, String text, List<Long> themeIds, @Nullable Mood mood,
        boolean showName, boolean wantsToTalk) {

    public ContributionForm {
        themeIds = List.copyOf(themeIds);
    }
}
