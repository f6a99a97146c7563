package org.ourvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.moderation.domain.PhraseKind;
import org.ourvoice.moderation.domain.ScreeningPhrase;
import org.ourvoice.moderation.service.PhraseItem;
import org.ourvoice.moderation.service.ScreeningPhraseService;
import org.ourvoice.moderation.service.ScreeningResult;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.Notices;

/** The words and phrases screening looks for, kept by participation workers, with a way to try a sentence. */
@Route("screening-phrases")
@RolesAllowed(Roles.WORKER)
@Menu(order = 22, title = "nav.phrases", icon = "vaadin:filter")
public class ScreeningPhrasesView extends VerticalLayout implements HasDynamicTitle {

    private final ScreeningPhraseService phrases;
    private final Select<PhraseKind> kind = new Select<>();
    private final Grid<PhraseItem> grid = new Grid<>();

    public ScreeningPhrasesView(ScreeningPhraseService phrases) {
        this.phrases = phrases;
        addClassName("phrases-view");
        kind.setId("phrases-kind");
        kind.setLabel(getTranslation("phrases.kind"));
        kind.setItems(PhraseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(PhraseKind.URGENT);
        kind.addValueChangeListener(e -> refresh());

        TextField phrase = new TextField(getTranslation("phrases.phrase"));
        phrase.setId("phrases-new");
        phrase.setMaxLength(ScreeningPhrase.MAX_LENGTH);
        Button add = new Button(getTranslation("phrases.add"), click -> {
            try {
                phrases.add(kind.getValue(), phrase.getValue());
                phrase.clear();
                phrase.setInvalid(false);
                Notices.success(getTranslation("phrases.added"));
                refresh();
            } catch (UserFacingException refused) {
                phrase.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                phrase.setInvalid(true);
            }
        });
        add.setId("phrases-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(kind, phrase, add);
        adding.setWrap(true);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("phrases-grid");
        grid.setAriaLabel(getTranslation("nav.phrases"));
        grid.addColumn(PhraseItem::phrase).setHeader(getTranslation("phrases.phrase"));
        grid.addColumn(p -> getTranslation(p.active() ? "phrases.active" : "phrases.retired"))
                .setHeader(getTranslation("phrases.status"));
        grid.addComponentColumn(p -> {
            Button change = p.active()
                    ? new Button(getTranslation("phrases.retire"), click -> {
                        phrases.retire(p.id());
                        Notices.success(getTranslation("phrases.retiredNow"));
                        refresh();
                    })
                    : new Button(getTranslation("phrases.restore"), click -> {
                        phrases.add(p.kind(), p.phrase());
                        refresh();
                    });
            change.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            return change;
        }).setHeader(getTranslation("phrases.change")).setAutoWidth(true).setFlexGrow(0);

        TextField sentence = new TextField(getTranslation("phrases.try"));
        sentence.setId("phrases-try");
        sentence.setWidthFull();
        Paragraph verdict = new Paragraph();
        verdict.setId("phrases-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        Button check = new Button(getTranslation("phrases.try.button"), click -> {
            ScreeningResult result = phrases.test(sentence.getValue());
            List<String> found = new ArrayList<>(result.urgentPhrases());
            found.addAll(result.personalDetails());
            verdict.setText(found.isEmpty() ? getTranslation("phrases.try.none")
                    : getTranslation("phrases.try.found", String.join(", ", found)));
        });
        check.setId("phrases-check");

        add(new Paragraph(getTranslation("phrases.intro")), adding, grid, new H3(getTranslation("phrases.try")),
                new HorizontalLayout(sentence, check), verdict);
        refresh();
    }

    private void refresh() {
        grid.setItems(phrases.list(kind.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.phrases");
    }
}
