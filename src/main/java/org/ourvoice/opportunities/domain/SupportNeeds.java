package org.ourvoice.opportunities.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a young person needs to be able to come: a lift or fares, an interpreter (and in which
 * language), someone to come with them, and any access needs in their own words.
 */
public record SupportNeeds(boolean transport, boolean interpreter, @Nullable String interpreterLanguage,
        boolean companion, @Nullable String accessNeeds) {

    public static SupportNeeds none() {
        return new SupportNeeds(false, false, null, false, null);
    }

    public boolean any() {
        return transport || interpreter || companion || (accessNeeds != null && !accessNeeds.isBlank());
    }
}
