package org.ourvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.moderation.service.ConcernForm;
import org.ourvoice.moderation.service.ModerationDetail;
import org.ourvoice.moderation.service.ModerationService;
import org.ourvoice.moderation.service.SafeguardingService;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.ui.Notices;
import org.ourvoice.voice.domain.NotSharedReason;
import org.ourvoice.voice.service.ContributionService;
import org.ourvoice.voice.service.QueueItem;

/**
 * One view opened for checking: the words, who wrote them, what screening found, and the
 * decisions a worker can take. If another worker acted first, the worker is told and nothing is
 * decided twice.
 */
class ModerationPanel extends Dialog {

    private final ModerationService moderation;
    private final SafeguardingService safeguarding;
    private final List<ThemeChoice> themeChoices;
    private final Runnable afterChange;
    private final Clock clock;
    private ModerationDetail detail;

    private final CheckboxGroup<ThemeChoice> themes = new CheckboxGroup<>();
    private final Checkbox redact = new Checkbox();
    private final TextArea redacted = new TextArea();
    private final Select<NotSharedReason> reason = new Select<>();
    private final TextArea ownWords = new TextArea();
    private final Div notShareBox = new Div();

    ModerationPanel(ModerationService moderation, SafeguardingService safeguarding, List<ThemeChoice> themeChoices,
            long contributionId, Runnable afterChange, Clock clock) {
        this.moderation = moderation;
        this.safeguarding = safeguarding;
        this.themeChoices = themeChoices;
        this.afterChange = afterChange;
        this.clock = clock;
        this.detail = moderation.open(contributionId);
        setHeaderTitle(getTranslation("moderation.detail.title"));
        setWidth("min(48rem, 100vw)");
        addClassName("moderation-panel");
        build();
    }

    private void build() {
        removeAll();
        getFooter().removeAll();
        QueueItem item = detail.item();
        Div facts = new Div();
        facts.addClassName("moderation-facts");
        String role = getTranslation(item.authorRole().messageKey());
        facts.add(new Paragraph(item.ageBand() == null
                ? getTranslation("moderation.detail.byNoAge", detail.authorName(), role)
                : getTranslation("moderation.detail.by", detail.authorName(), role,
                        getTranslation("ageBand." + item.ageBand()))));
        facts.add(new Paragraph(Flags.waited(this, item.submittedAt(), clock.instant()) + " · "
                + getTranslation(item.showName() ? "moderation.detail.named" : "moderation.detail.anonymous")));
        facts.add(Flags.badges(this, item));
        if (item.about() != null) {
            Paragraph about = new Paragraph(getTranslation("moderation.about." + item.about().name()));
            about.setId("moderation-about");
            facts.add(about);
        }
        if (item.wantsToTalk()) {
            facts.add(new Paragraph(getTranslation("moderation.detail.talk")));
        }
        List<String> found = new ArrayList<>(detail.screening().urgentPhrases());
        found.addAll(detail.screening().personalDetails());
        if (!found.isEmpty()) {
            Paragraph screening = new Paragraph(getTranslation("moderation.detail.found", String.join(", ", found)));
            screening.setId("moderation-found");
            facts.add(screening);
        }
        if (detail.concerns() > 0) {
            facts.add(new Paragraph(getTranslation("moderation.detail.concerns", detail.concerns())));
        }
        Paragraph words = new Paragraph(item.text());
        words.setId("moderation-words");
        words.addClassName("moderation-words");

        themes.setId("moderation-themes");
        themes.setLabel(getTranslation("moderation.themes"));
        themes.setItems(themeChoices);
        themes.setItemLabelGenerator(ThemeChoice::name);
        Set<Long> ids = Set.copyOf(item.themeIds());
        themes.setValue(themeChoices.stream().filter(t -> ids.contains(t.id())).collect(Collectors.toSet()));

        redact.setId("moderation-redact");
        redact.setLabel(getTranslation("moderation.redact"));
        redacted.setId("moderation-redacted");
        redacted.setLabel(getTranslation("moderation.redacted"));
        redacted.setWidthFull();
        redacted.setMaxLength(ContributionService.MAX_TEXT);
        redacted.setValue(item.text());
        redacted.setVisible(false);
        redact.addValueChangeListener(e -> redacted.setVisible(e.getValue()));

        reason.setId("moderation-reason");
        reason.setLabel(getTranslation("moderation.notShare.reason"));
        reason.setItems(NotSharedReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.setValue(NotSharedReason.PERSONAL_DETAILS);
        reason.setWidthFull();
        ownWords.setId("moderation-own-words");
        ownWords.setLabel(getTranslation("moderation.notShare.own"));
        ownWords.setMaxLength(ModerationService.MAX_REASON);
        ownWords.setWidthFull();
        Button confirmNotShare = new Button(getTranslation("moderation.notShare"), click -> act(() -> {
            moderation.notShare(item.id(), item.version(), reason.getValue(), ownWords.getValue());
            Notices.success(getTranslation("moderation.notShared"));
        }));
        confirmNotShare.setId("moderation-confirm-not-share");
        confirmNotShare.addThemeVariants(ButtonVariant.ERROR);
        notShareBox.removeAll();
        notShareBox.add(reason, ownWords, confirmNotShare);
        notShareBox.setVisible(false);
        themes.setVisible(item.about() == null);
        add(facts, words, themes, redact, redacted, notShareBox);

        Button approve = new Button(getTranslation("moderation.approve"), click -> act(() -> {
            moderation.approve(item.id(), item.version(), redact.getValue() ? redacted.getValue() : null,
                    chosenThemes());
            Notices.success(getTranslation("moderation.approved"));
        }));
        approve.setId("moderation-approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button notShare = new Button(getTranslation("moderation.notShare"), click -> notShareBox.setVisible(true));
        notShare.setId("moderation-not-share");
        Button saveThemes = new Button(getTranslation("moderation.saveThemes"), click -> act(() -> {
            moderation.changeThemes(item.id(), item.version(), chosenThemes());
            Notices.success(getTranslation("moderation.themesSaved"));
        }));
        saveThemes.setId("moderation-save-themes");
        Button concern = new Button(getTranslation("moderation.raiseConcern"), click -> raiseConcern());
        concern.setId("moderation-raise-concern");
        concern.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        Button close = new Button(getTranslation("form.close"), click -> close());
        close.setId("moderation-close");
        saveThemes.setVisible(item.about() == null);
        getFooter().add(close, concern, saveThemes, notShare, approve);
    }

    private List<Long> chosenThemes() {
        return themeChoices.stream().filter(themes.getValue()::contains).map(ThemeChoice::id).toList();
    }

    private void raiseConcern() {
        QueueItem item = detail.item();
        new ConcernDialog(getTranslation("moderation.raiseConcern"), new ConcernForm(item.text(), "", "", null),
                form -> {
                    safeguarding.raise(item.id(), form);
                    Notices.success(getTranslation("moderation.concernRaised"));
                    reload();
                }, null, null).open();
    }

    /** Runs a decision; on success closes, on "someone else got there first" says so and reloads. */
    private void act(Runnable decision) {
        try {
            decision.run();
            close();
            afterChange.run();
        } catch (UserFacingException refused) {
            Notices.problem(getTranslation(refused.messageKey(), refused.arguments()));
            switch (refused.messageKey()) {
                case "moderation.alreadyDecided", "moderation.gone" -> {
                    close();
                    afterChange.run();
                }
                case "moderation.changedMeanwhile" -> reload();
                default -> {
                    // the worker fixes the input; nothing they typed is lost
                }
            }
        }
    }

    private void reload() {
        detail = moderation.open(detail.item().id());
        build();
    }
}
