package org.ourvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.ourvoice.accounts.service.AccountService;
import org.ourvoice.accounts.service.AccountSummary;
import org.ourvoice.ui.Notices;

/**
 * Records whether a young person is an unaccompanied asylum-seeking child, or that it is not
 * recorded, so engagement figures can show whether these young people take part.
 */
class AsylumStatusDialog extends Dialog {

    /** The choices: recorded as asylum-seeking, recorded as not, not recorded. */
    enum Status { YES, NO, UNKNOWN }

    AsylumStatusDialog(AccountService accounts, AccountSummary account, Runnable saved) {
        setHeaderTitle(getTranslation("accounts.asylum.title", account.displayName()));
        setId("asylum-dialog");
        RadioButtonGroup<Status> status = new RadioButtonGroup<>();
        status.setId("asylum-status");
        status.setLabel(getTranslation("accounts.asylum.label"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> getTranslation("accounts.asylum." + s.name()));
        status.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Boolean now = accounts.asylumSeeking(account.id()).orElse(null);
        status.setValue(now == null ? Status.UNKNOWN : now ? Status.YES : Status.NO);
        add(new Paragraph(getTranslation("accounts.asylum.intro")), status);
        Button save = new Button(getTranslation("form.save"), click -> {
            Boolean chosen = switch (status.getValue()) {
                case YES -> Boolean.TRUE;
                case NO -> Boolean.FALSE;
                case UNKNOWN -> null;
            };
            accounts.recordAsylumSeeking(account.id(), chosen, account.version());
            close();
            saved.run();
            Notices.success(getTranslation("accounts.asylum.saved", account.displayName()));
        });
        save.setId("asylum-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
    }
}
