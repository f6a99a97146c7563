package org.ourvoice.opportunities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ourvoice.opportunities.domain.SupportNeeds;
import org.ourvoice.opportunities.service.OpportunityService;

/**
 * "What help do you need to come?": a lift or fares, someone for language, someone to come with
 * them, anything else. All optional; what was ticked before is ticked again. A refusal keeps it open.
 */
class HelpDialog extends Dialog {

    final Checkbox transport = new Checkbox();
    final Checkbox interpreter = new Checkbox();
    final TextField language = new TextField();
    final Checkbox companion = new Checkbox();
    final TextArea access = new TextArea();
    final Button send = new Button();

    HelpDialog(@Nullable SupportNeeds before, Consumer<SupportNeeds> onSend) {
        setHeaderTitle(getTranslation("things.help.title"));
        setId("help-dialog");
        transport.setLabel(getTranslation("things.help.transport"));
        transport.setId("need-transport");
        interpreter.setLabel(getTranslation("things.help.interpreter"));
        interpreter.setId("need-interpreter");
        language.setLabel(getTranslation("things.help.language"));
        language.setId("need-language");
        language.setMaxLength(OpportunityService.MAX_LANGUAGE);
        companion.setLabel(getTranslation("things.help.companion"));
        companion.setId("need-companion");
        access.setLabel(getTranslation("things.help.access"));
        access.setId("need-access");
        access.setMaxLength(OpportunityService.MAX_ACCESS_NEEDS);
        access.setWidthFull();
        for (Checkbox box : new Checkbox[] {transport, interpreter, companion}) {
            box.addClassName("big-choice");
        }
        if (before != null) {
            transport.setValue(before.transport());
            interpreter.setValue(before.interpreter());
            language.setValue(before.interpreterLanguage() == null ? "" : before.interpreterLanguage());
            companion.setValue(before.companion());
            access.setValue(before.accessNeeds() == null ? "" : before.accessNeeds());
        }
        language.setVisible(interpreter.getValue());
        interpreter.addValueChangeListener(e -> language.setVisible(e.getValue()));
        add(new Paragraph(getTranslation("things.help.intro")), transport, interpreter, language, companion, access);

        send.setText(getTranslation("things.help.save"));
        send.setId("send-help");
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClickListener(click -> {
            onSend.accept(new SupportNeeds(transport.getValue(), interpreter.getValue(), language.getValue(),
                    companion.getValue(), access.getValue()));
            close();
        });
        Button notNow = new Button(getTranslation("things.help.close"), click -> close());
        notNow.setId("close-help");
        getFooter().add(notNow, send);
    }
}
