package org.ourvoice.opportunities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.opportunities.service.OpportunityService;
import org.ourvoice.opportunities.service.OpportunitySummary;
import org.ourvoice.ui.Notices;

/**
 * The worker cancels an opportunity, saying why in a few plain words, knowing how many young
 * people will be told. A refusal shows beside the reason and keeps what was typed.
 */
class CancelOpportunityDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    CancelOpportunityDialog(OpportunitySummary opportunity, Consumer<String> onCancel) {
        setHeaderTitle(getTranslation("manage.cancelTitle", opportunity.title()));
        setId("cancel-opportunity-dialog");
        setWidth("min(36rem, 100vw)");
        Paragraph told = new Paragraph(getTranslation("manage.cancelIntro", opportunity.taken(),
                opportunity.waiting()));
        told.setId("cancel-told");
        reason.setLabel(getTranslation("manage.cancelReason"));
        reason.setId("cancel-reason");
        reason.setHelperText(getTranslation("manage.cancelReasonHelp"));
        reason.setMaxLength(OpportunityService.MAX_CANCEL_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(told, reason);

        confirm.setText(getTranslation("manage.confirmCancel"));
        confirm.setId("confirm-cancel-opportunity");
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> {
            reason.setInvalid(false);
            try {
                onCancel.accept(reason.getValue());
                close();
            } catch (UserFacingException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                reason.setErrorMessage(message);
                reason.setInvalid(true);
                Notices.problem(message);
            }
        });
        Button keep = new Button(getTranslation("manage.keepIt"), click -> close());
        keep.setId("keep-opportunity");
        getFooter().add(keep, confirm);
    }
}
