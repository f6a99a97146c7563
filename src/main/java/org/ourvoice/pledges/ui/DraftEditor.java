package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.pledges.domain.Audience;
import org.ourvoice.pledges.service.CommitmentItem;
import org.ourvoice.pledges.service.PledgeConflict;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.SectionItem;
import org.ourvoice.pledges.service.VersionDetail;
import org.ourvoice.ui.Notices;

/**
 * A worker edits a draft: each commitment's words and explanation (saved one at a time, so two
 * workers rarely collide; when they do, the other's words are shown beside this worker's, which
 * stay in the fields), new commitments and sections, and opening the draft for ideas.
 */
class DraftEditor extends Div {

    private final PledgeDraftingService drafting;
    private final Runnable reload;
    private final long draftId;

    DraftEditor(PledgeDraftingService drafting, VersionDetail draft, Runnable reload) {
        this.drafting = drafting;
        this.reload = reload;
        this.draftId = draft.id();
        addClassName("draft-editor");
        for (SectionItem section : draft.sections()) {
            add(new H4(section.title()));
            section.commitments().forEach(c -> add(new Row(c)));
            TextField text = new TextField(getTranslation("pledges.edit.newCommitment"));
            text.setId("add-commitment-" + section.id());
            text.setMaxLength(500);
            text.setWidthFull();
            Button add = new Button(getTranslation("pledges.edit.add"), click -> {
                if (Attempt.run(this, text, () -> drafting.addCommitment(section.id(), text.getValue(), null)) != null) {
                    reload.run();
                }
            });
            add.setId("add-commitment-button-" + section.id());
            add(line(text, add));
        }
        TextField sectionTitle = new TextField(getTranslation("pledges.edit.newSection"));
        sectionTitle.setId("add-section");
        sectionTitle.setMaxLength(200);
        Button addSection = new Button(getTranslation("pledges.edit.addSection"), click -> {
            if (Attempt.run(this, sectionTitle, () -> drafting.addSection(draft.id(), sectionTitle.getValue())) != null) {
                reload.run();
            }
        });
        addSection.setId("add-section-button");
        add(line(sectionTitle, addSection));
        add(openForIdeas(draft));
    }

    private Div openForIdeas(VersionDetail draft) {
        DatePicker closes = new DatePicker(getTranslation("pledges.edit.closesOn"));
        closes.setId("open-closes-on");
        closes.setValue(LocalDate.now(ZoneId.of("Europe/London")).plusDays(28));
        Select<Audience> audience = new Select<>();
        audience.setId("open-audience");
        audience.setLabel(getTranslation("pledges.edit.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        audience.setValue(draft.audience());
        Button open = new Button(getTranslation("pledges.edit.open"), click -> {
            if (closes.getValue() == null) {
                closes.setErrorMessage(getTranslation("pledges.edit.closesOnNeeded"));
                closes.setInvalid(true);
                return;
            }
            if (Attempt.run(this, closes, () -> drafting.openForIdeas(draft.id(), draft.lock(), closes.getValue(),
                    audience.getValue()))) {
                Notices.success(getTranslation("pledges.edit.opened"));
                reload.run();
            }
        });
        open.setId("open-for-ideas");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        Div box = new Div(new H4(getTranslation("pledges.edit.openTitle")), line(closes, audience, open));
        box.addClassName("open-for-ideas");
        return box;
    }

    private static HorizontalLayout line(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout line = new HorizontalLayout(parts);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        line.setWidthFull();
        return line;
    }

    /** One commitment's fields; it remembers the lock it read so a save never overwrites unseen words. */
    private final class Row extends Div {

        private long lock;
        private final Paragraph meanwhile = new Paragraph();

        Row(CommitmentItem commitment) {
            this.lock = commitment.lock();
            addClassName("commitment-row");
            getElement().setAttribute("data-commitment", Long.toString(commitment.id()));
            TextField text = new TextField(getTranslation("pledges.edit.commitment", commitment.number()));
            text.addClassName("commitment-text");
            text.setMaxLength(500);
            text.setWidthFull();
            text.setValue(commitment.text());
            TextArea explanation = new TextArea(getTranslation("pledges.edit.explanation"));
            explanation.addClassName("commitment-explanation");
            explanation.setWidthFull();
            explanation.setValue(commitment.explanation() == null ? "" : commitment.explanation());
            meanwhile.addClassName("saved-meanwhile");
            meanwhile.setVisible(false);
            Button save = new Button(getTranslation("pledges.edit.save"), click -> save(commitment, text, explanation));
            save.addClassName("save-commitment");
            Button remove = new Button(getTranslation("pledges.edit.remove"), click -> remove(commitment));
            remove.addClassName("remove-commitment");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(text, explanation, meanwhile, line(save, remove));
        }

        private void save(CommitmentItem commitment, TextField text, TextArea explanation) {
            text.setInvalid(false);
            try {
                CommitmentItem saved = drafting.editCommitment(commitment.id(), lock, text.getValue(),
                        explanation.getValue());
                lock = saved.lock();
                meanwhile.setVisible(false);
                Notices.success(getTranslation("pledges.edit.saved"));
            } catch (PledgeConflict conflict) {
                drafting.version(draftId).commitment(commitment.id()).findFirst().ifPresent(now -> {
                    lock = now.lock();
                    meanwhile.setText(getTranslation("pledges.edit.meanwhile", now.text()));
                    meanwhile.setVisible(true);
                });
                Notices.problem(getTranslation(conflict.messageKey()));
            } catch (UserFacingException refused) {
                text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                text.setInvalid(true);
            }
        }

        private void remove(CommitmentItem commitment) {
            if (Attempt.run(this, null, () -> drafting.removeCommitment(commitment.id(), lock))) {
                reload.run();
            }
        }
    }
}
