package org.ourvoice.board.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.voice.service.SharedFilter;
import org.ourvoice.voice.service.SharedView;
import org.ourvoice.voice.service.SharedViewService;

/** Theme names and pickers of themes and shared views, for the board's forms. */
final class BoardThemes {

    /** How many shared views a picker offers, newest first. */
    static final int VIEWS_OFFERED = 300;
    private static final int LABEL_WORDS = 90;

    private BoardThemes() {
    }

    static Map<Long, ThemeChoice> byId(List<ThemeChoice> themes) {
        return themes.stream().collect(Collectors.toMap(ThemeChoice::id, Function.identity()));
    }

    static String names(Map<Long, ThemeChoice> themes, Collection<Long> ids) {
        return ids.stream().map(themes::get).filter(Objects::nonNull).map(ThemeChoice::name)
                .collect(Collectors.joining(", "));
    }

    static MultiSelectComboBox<ThemeChoice> themePicker(String id, String label, List<ThemeChoice> themes) {
        MultiSelectComboBox<ThemeChoice> picker = new MultiSelectComboBox<>(label);
        picker.setId(id);
        picker.setItems(themes.stream().filter(ThemeChoice::active).toList());
        picker.setItemLabelGenerator(ThemeChoice::name);
        picker.setWidthFull();
        return picker;
    }

    /** Shared views, newest first, labelled by their words (cut short) and their themes. */
    static MultiSelectComboBox<SharedView> viewPicker(String id, String label, String helper,
            SharedViewService shared, Map<Long, ThemeChoice> themes) {
        MultiSelectComboBox<SharedView> picker = new MultiSelectComboBox<>(label);
        picker.setId(id);
        picker.setHelperText(helper);
        picker.setItems(shared.shared(SharedFilter.all(), 0, VIEWS_OFFERED));
        picker.setItemLabelGenerator(v -> shorten(v.text()) + " (" + names(themes, v.themeIds()) + ")");
        picker.setWidthFull();
        return picker;
    }

    static String shorten(String text) {
        return text.codePointCount(0, text.length()) <= LABEL_WORDS ? text
                : text.substring(0, text.offsetByCodePoints(0, LABEL_WORDS)) + "\u2026";
    }
}
