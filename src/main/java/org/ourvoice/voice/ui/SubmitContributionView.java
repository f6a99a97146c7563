package org.ourvoice.voice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ourvoice.common.TextRules;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Roles;
import org.ourvoice.themes.service.ThemeChoice;
import org.ourvoice.themes.service.ThemeService;
import org.ourvoice.ui.Notices;
import org.ourvoice.voice.domain.Mood;
import org.ourvoice.voice.service.ContributionForm;
import org.ourvoice.voice.service.ContributionService;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * "Have your say": a short phone-first form. What is typed is kept as a draft as the young person
 * goes (on the server, and in the browser tab for when the server cannot save), so a reload, a
 * timed-out session or a failed send loses nothing.
 */
@Route("have-your-say")
@RolesAllowed({Roles.YOUNG_PERSON, Roles.CARE_LEAVER})
@Menu(order = 10, title = "nav.haveYourSay", icon = "vaadin:comment-ellipsis")
public class SubmitContributionView extends VerticalLayout implements HasDynamicTitle {

    private final ContributionService contributions;
    private final BrowserDraft browserDraft;
    private final List<ThemeChoice> themeChoices;

    private final TextArea text = new TextArea();
    private final CheckboxGroup<ThemeChoice> themes = new CheckboxGroup<>();
    private final RadioButtonGroup<Mood> mood = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> showName = new RadioButtonGroup<>();
    private final Checkbox wantsToTalk = new Checkbox();
    private final Span draftStatus = new Span();
    private final Div form = new Div();
    private final Div sent = new Div();
    private String submissionKey = "";
    private boolean filling;

    public SubmitContributionView(ContributionService contributions, ThemeService themeService,
            CurrentUser currentUser) {
        this.contributions = contributions;
        this.browserDraft = new BrowserDraft(this, currentUser.require().accountId());
        this.themeChoices = themeService.choices();
        addClassName("submit-view");

        text.setId("view-text");
        text.setLabel(getTranslation("voice.text"));
        text.setMaxLength(ContributionService.MAX_TEXT);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(600);
        text.addValueChangeListener(e -> {
            countLetters();
            changed();
        });

        themes.setId("view-themes");
        themes.setLabel(getTranslation("voice.themes"));
        themes.setItems(themeChoices);
        themes.setRenderer(new ComponentRenderer<>(t -> ThemeLabels.withIcon(this, t)));
        themes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        themes.addClassName("big-choices");
        themes.addValueChangeListener(e -> changed());

        mood.setId("view-mood");
        mood.setLabel(getTranslation("voice.mood"));
        mood.setItems(Mood.values());
        mood.setRenderer(new ComponentRenderer<>(this::face));
        mood.addClassName("mood-faces");
        mood.addValueChangeListener(e -> changed());

        showName.setId("view-name");
        showName.setLabel(getTranslation("voice.name"));
        showName.setItems(Boolean.FALSE, Boolean.TRUE);
        showName.setItemLabelGenerator(shown -> getTranslation(shown ? "voice.name.shown" : "voice.name.hidden"));
        showName.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        showName.addClassName("big-choices");
        showName.setValue(Boolean.FALSE);
        showName.addValueChangeListener(e -> changed());

        wantsToTalk.setId("view-talk");
        wantsToTalk.setLabel(getTranslation("voice.talk"));
        wantsToTalk.addClassName("big-choice");
        wantsToTalk.addValueChangeListener(e -> changed());

        Button send = new Button(getTranslation("voice.send"));
        send.setId("send-view");
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            try {
                send();
            } finally {
                send.setEnabled(true);
            }
        });
        Button clear = new Button(getTranslation("voice.startAgain"), click -> startAgain());
        clear.setId("clear-view");
        clear.addThemeVariants(ButtonVariant.TERTIARY);

        draftStatus.setId("draft-status");
        draftStatus.addClassName("draft-status");
        draftStatus.getElement().setAttribute("aria-live", "polite");

        form.addClassName("submit-form");
        form.add(new Paragraph(getTranslation("voice.intro")), text, themes, mood, showName, wantsToTalk,
                draftStatus, new Div(send, clear));
        sent.setId("view-sent");
        sent.setVisible(false);
        add(form, sent);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        try {
            ContributionForm draft = contributions.draft();
            fill(draft);
            if (!draft.text().isEmpty()) {
                draftStatus.setText(getTranslation("voice.draft.back"));
            } else {
                browserDraft.recall(this::recallFromBrowser);
            }
        } catch (DataAccessException | TransactionException unavailable) {
            submissionKey = UUID.randomUUID().toString();
            draftStatus.setText(getTranslation("voice.draft.notSaved"));
            browserDraft.recall(this::recallFromBrowser);
        }
    }

    private void recallFromBrowser(ContributionForm kept) {
        if (text.getValue().isEmpty() && !kept.text().isEmpty()) {
            fill(kept);
            draftStatus.setText(getTranslation("voice.draft.back"));
        }
    }

    private Component face(Mood value) {
        Span face = new Span();
        face.addClassName("mood-face");
        Span emoji = new Span(value.face());
        emoji.getElement().setAttribute("aria-hidden", "true");
        emoji.addClassName("mood-emoji");
        face.add(emoji, new Span(getTranslation(value.messageKey())));
        return face;
    }

    private void fill(ContributionForm draft) {
        filling = true;
        try {
            submissionKey = draft.submissionKey();
            text.setValue(draft.text());
            Set<Long> ids = Set.copyOf(draft.themeIds());
            themes.setValue(themeChoices.stream().filter(t -> ids.contains(t.id()))
                    .collect(Collectors.toSet()));
            mood.setValue(draft.mood());
            showName.setValue(draft.showName());
            wantsToTalk.setValue(draft.wantsToTalk());
            countLetters();
        } finally {
            filling = false;
        }
    }

    private ContributionForm current() {
        return new ContributionForm(submissionKey, text.getValue(),
                themeChoices.stream().filter(themes.getValue()::contains).map(ThemeChoice::id).toList(),
                mood.getValue(), Boolean.TRUE.equals(showName.getValue()), wantsToTalk.getValue());
    }

    private void countLetters() {
        text.setHelperText(getTranslation("voice.text.count", TextRules.visibleLength(text.getValue()),
                ContributionService.MAX_TEXT));
    }

    /** Keeps the draft in the browser tab at once and on the server when it can. */
    private void changed() {
        if (filling) {
            return;
        }
        ContributionForm now = current();
        browserDraft.keep(now);
        try {
            contributions.saveDraft(now);
            draftStatus.setText(getTranslation("voice.draft.saved"));
        } catch (DataAccessException | TransactionException unavailable) {
            draftStatus.setText(getTranslation("voice.draft.notSaved"));
        }
    }

    private void send() {
        clearErrors();
        ContributionForm now = current();
        browserDraft.keep(now);
        try {
            contributions.submit(now);
        } catch (UserFacingException refused) {
            showRefusal(refused);
            return;
        }
        browserDraft.forget();
        showThanks();
    }

    private void showRefusal(UserFacingException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        switch (refused.messageKey()) {
            case "voice.textNeeded", "form.tooLong", "form.controlCharacters" -> {
                text.setErrorMessage(message);
                text.setInvalid(true);
                text.focus();
            }
            case "voice.themeNeeded", "voice.tooManyThemes", "voice.themeGone" -> {
                themes.setErrorMessage(message);
                themes.setInvalid(true);
            }
            case "voice.moodNeeded" -> {
                mood.setErrorMessage(message);
                mood.setInvalid(true);
            }
            default -> Notices.problem(message);
        }
    }

    private void clearErrors() {
        text.setInvalid(false);
        themes.setInvalid(false);
        mood.setInvalid(false);
    }

    private void showThanks() {
        sent.removeAll();
        H3 title = new H3(getTranslation("voice.sent.title"));
        RouterLink mySay = new RouterLink(getTranslation("voice.sent.mySay"), MySayView.class);
        mySay.setId("go-to-my-say");
        mySay.addClassName("home-link");
        Button another = new Button(getTranslation("voice.sent.another"), click -> startAgain());
        another.setId("say-another");
        sent.add(title, new Paragraph(getTranslation("voice.sent.text")), mySay, another);
        form.setVisible(false);
        sent.setVisible(true);
        title.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus();");
    }

    private void startAgain() {
        try {
            contributions.discardDraft();
        } catch (DataAccessException | TransactionException unavailable) {
            Notices.problem(getTranslation("error.database"));
            return;
        }
        browserDraft.forget();
        fill(contributions.draft());
        clearErrors();
        draftStatus.setText("");
        sent.setVisible(false);
        form.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.haveYourSay");
    }
}
