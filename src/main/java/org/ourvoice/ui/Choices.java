package org.ourvoice.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lists for filter pickers, where the first choice is "all" (no filter). */
public final class Choices {

    private Choices() {
    }

    /** "All" (an empty choice) followed by each value. */
    public static <T> List<Optional<T>> withAll(List<T> values) {
        List<Optional<T>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        values.forEach(v -> choices.add(Optional.of(v)));
        return choices;
    }
}
