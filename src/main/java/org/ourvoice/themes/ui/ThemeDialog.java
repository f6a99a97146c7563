package org.ourvoice.themes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Consumer;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.themes.service.ThemeForm;
import org.ourvoice.themes.service.ThemeService;

/** Adding or describing a theme. A refused save keeps what was typed and says what to fix. */
class ThemeDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField label = new TextField();
    private final Select<String> icon = new Select<>();
    private final TextArea description = new TextArea();

    ThemeDialog(String title, ThemeForm initial, Consumer<ThemeForm> save) {
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        name.setId("theme-name");
        name.setLabel(getTranslation("themes.name"));
        name.setMaxLength(ThemeService.NAME_LENGTH);
        name.setValue(initial.name());
        label.setId("theme-label");
        label.setLabel(getTranslation("themes.label"));
        label.setMaxLength(ThemeService.NAME_LENGTH);
        label.setValue(initial.label());
        icon.setId("theme-icon");
        icon.setLabel(getTranslation("themes.icon"));
        icon.setItems(ThemeService.ICONS);
        icon.setRenderer(new ComponentRenderer<>(value -> {
            Span item = new Span(new Icon(value), new Span(" " + value.replace("vaadin:", "").replace('-', ' ')));
            item.addClassName("theme-chip");
            return item;
        }));
        icon.setItemLabelGenerator(value -> value.replace("vaadin:", "").replace('-', ' '));
        if (ThemeService.ICONS.contains(initial.icon())) {
            icon.setValue(initial.icon());
        }
        description.setId("theme-description");
        description.setLabel(getTranslation("themes.description"));
        description.setMaxLength(ThemeService.DESCRIPTION_LENGTH);
        description.setValue(initial.description());
        for (var field : new com.vaadin.flow.component.HasSize[] {name, label, icon, description}) {
            field.setWidthFull();
        }
        add(new VerticalLayout(name, label, icon, description));
        Button saveButton = new Button(getTranslation("themes.save"), click -> {
            name.setInvalid(false);
            label.setInvalid(false);
            icon.setInvalid(false);
            try {
                save.accept(new ThemeForm(name.getValue(), label.getValue(),
                        icon.getValue() == null ? "" : icon.getValue(), description.getValue()));
                close();
            } catch (UserFacingException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                switch (refused.messageKey()) {
                    case "themes.labelNeeded" -> {
                        label.setErrorMessage(message);
                        label.setInvalid(true);
                    }
                    case "themes.iconNeeded" -> {
                        icon.setErrorMessage(message);
                        icon.setInvalid(true);
                    }
                    default -> {
                        name.setErrorMessage(message);
                        name.setInvalid(true);
                    }
                }
            }
        });
        saveButton.setId("theme-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), saveButton);
    }
}
