package org.ourvoice.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.ourvoice.board.domain.Verdict;
import org.ourvoice.board.service.AnswerForm;
import org.ourvoice.board.service.YouSaidStory;
import org.ourvoice.board.service.YouSaidWeDidService;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.ui.Notices;

/** "Did this answer what you said?": yes, partly or no and a comment, or the young person's answer once given. */
class AnswerPanel extends Div {

    private final YouSaidWeDidService service;

    AnswerPanel(YouSaidStory story, YouSaidWeDidService service) {
        this.service = service;
        addClassName("answer-panel");
        if (story.myVerdict() != null) {
            answered(story);
        } else {
            form(story);
        }
    }

    private void answered(YouSaidStory story) {
        removeAll();
        Paragraph mine = new Paragraph(getTranslation("yousaid.yourAnswer",
                getTranslation(story.myVerdict() == null ? "yousaid.verdict.YES" : story.myVerdict().messageKey())));
        mine.addClassName("my-answer");
        add(mine);
        if (story.myCommentStatus() != null) {
            add(new Paragraph(getTranslation("yousaid.commentStatus", getTranslation(story.myCommentStatus().messageKey()))));
        }
    }

    private void form(YouSaidStory story) {
        String key = UUID.randomUUID().toString();
        RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>(getTranslation("yousaid.question"));
        verdict.setId("answer-verdict-" + story.responseId());
        verdict.addClassName("answer-verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
        TextArea comment = new TextArea(getTranslation("yousaid.comment"));
        comment.setId("answer-comment-" + story.responseId());
        comment.addClassName("answer-comment");
        comment.setHelperText(getTranslation("yousaid.commentHelp"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        Checkbox showName = new Checkbox(getTranslation("yousaid.showName"));
        showName.addClassName("answer-show-name");
        Button send = new Button(getTranslation("yousaid.send"), click -> {
            verdict.setInvalid(false);
            comment.setInvalid(false);
            try {
                service.answer(story.responseId(), new AnswerForm(verdict.getValue(), comment.getValue(),
                        showName.getValue(), key));
                Notices.success(getTranslation("yousaid.thanks"));
                removeAll();
                Paragraph thanks = new Paragraph(getTranslation("yousaid.thanks"));
                thanks.addClassName("answer-thanks");
                add(thanks, new Paragraph(getTranslation("yousaid.yourAnswer",
                        getTranslation(verdict.getValue().messageKey()))));
            } catch (UserFacingException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                if ("yousaid.verdictNeeded".equals(refused.messageKey())) {
                    verdict.setErrorMessage(message);
                    verdict.setInvalid(true);
                } else {
                    comment.setErrorMessage(message);
                    comment.setInvalid(true);
                }
                Notices.problem(message);
            }
        });
        send.setId("answer-send-" + story.responseId());
        send.addClassName("answer-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(verdict, comment, showName, send);
    }
}
