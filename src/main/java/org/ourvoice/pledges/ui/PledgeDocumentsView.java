package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ourvoice.pledges.domain.DocumentKind;
import org.ourvoice.pledges.domain.VersionStatus;
import org.ourvoice.pledges.service.DocumentSummary;
import org.ourvoice.pledges.service.PledgeDraftingService;
import org.ourvoice.pledges.service.PledgeExportService;
import org.ourvoice.pledges.service.PledgeSuggestionService;
import org.ourvoice.pledges.service.VersionDetail;
import org.ourvoice.pledges.service.VersionSummary;
import org.ourvoice.security.CurrentUser;
import org.ourvoice.security.Role;
import org.ourvoice.security.Roles;
import org.ourvoice.ui.Notices;

/**
 * Co-produced documents for participation workers and the board: pick a document and a version;
 * workers write drafts, open them for ideas, take young people's suggestions in and prepare the
 * next version; the board adopts. Both compare versions, read the history and download adopted ones.
 */
@Route("pledge-documents")
@RolesAllowed({Roles.WORKER, Roles.BOARD})
@Menu(order = 34, title = "nav.pledgeDocuments", icon = "vaadin:file-text-o")
public class PledgeDocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final PledgeDraftingService drafting;
    private final PledgeSuggestionService suggestions;
    private final PledgeExportService export;
    private final boolean worker;
    private final boolean board;
    private final Select<DocumentSummary> document = new Select<>();
    private final Select<VersionSummary> version = new Select<>();
    private final Div panel = new Div();

    public PledgeDocumentsView(PledgeDraftingService drafting, PledgeSuggestionService suggestions,
            PledgeExportService export, CurrentUser currentUser) {
        this.drafting = drafting;
        this.suggestions = suggestions;
        this.export = export;
        Role role = currentUser.require().role();
        this.worker = role == Role.WORKER;
        this.board = role == Role.BOARD;
        addClassName("pledge-documents-view");
        document.setId("document");
        document.setLabel(getTranslation("pledges.documents.document"));
        document.setItemLabelGenerator(d -> d.title() + " (" + getTranslation(d.kind().messageKey()) + ")");
        document.setEmptySelectionAllowed(false);
        version.setId("version");
        version.setLabel(getTranslation("pledges.documents.version"));
        version.setItemLabelGenerator(v -> getTranslation("pledges.version", v.number(),
                getTranslation(v.status().messageKey())));
        document.addValueChangeListener(change -> showVersions(change.getValue(), null));
        version.addValueChangeListener(change -> showVersion(change.getValue()));
        panel.setId("version-panel");
        panel.setWidthFull();
        HorizontalLayout pickers = new HorizontalLayout(document, version);
        pickers.setWrap(true);
        add(pickers);
        if (worker) {
            add(newDocument());
        }
        add(panel);
        refresh(null, null);
    }

    private Details newDocument() {
        Select<DocumentKind> kind = new Select<>();
        kind.setId("new-kind");
        kind.setLabel(getTranslation("pledges.documents.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(DocumentKind.PLEDGE);
        TextField title = new TextField(getTranslation("pledges.documents.title"));
        title.setId("new-title");
        title.setMaxLength(200);
        Button create = new Button(getTranslation("pledges.documents.create"), click -> {
            Long draft = Attempt.run(this, title, () -> drafting.createDocument(kind.getValue(), title.getValue()));
            if (draft != null) {
                title.clear();
                refresh(null, draft);
            }
        });
        create.setId("new-create");
        HorizontalLayout line = new HorizontalLayout(kind, title, create);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        Details details = new Details(getTranslation("pledges.documents.new"), line);
        details.setId("new-document");
        return details;
    }

    /** Reloads the lists, keeping (or moving to) the given document and version. */
    private void refresh(@Nullable Long documentId, @Nullable Long versionId) {
        List<DocumentSummary> all = drafting.documents();
        document.setItems(all);
        DocumentSummary chosen = all.stream().filter(d -> documentId != null ? d.id() == documentId
                : versionId != null && d.versions().stream().anyMatch(v -> v.id() == versionId)).findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        if (chosen == null) {
            panel.removeAll();
            panel.add(new Paragraph(getTranslation("pledges.documents.none")));
            return;
        }
        document.setValue(chosen);
        showVersions(chosen, versionId);
    }

    private void showVersions(@Nullable DocumentSummary chosen, @Nullable Long versionId) {
        if (chosen == null) {
            return;
        }
        version.setItems(chosen.versions());
        chosen.versions().stream().filter(v -> versionId == null || v.id() == versionId).findFirst()
                .ifPresent(version::setValue);
    }

    private void showVersion(@Nullable VersionSummary summary) {
        panel.removeAll();
        if (summary == null) {
            return;
        }
        VersionDetail detail = drafting.version(summary.id());
        Runnable reload = () -> refresh(detail.documentId(), summary.id());
        panel.add(new H3(detail.documentTitle() + " · " + getTranslation("pledges.version", detail.number(),
                getTranslation(detail.status().messageKey()))));
        Paragraph state = new Paragraph(state(detail));
        state.setId("version-state");
        panel.add(state);
        if (detail.adoptedOn() != null) {
            panel.add(Downloads.links(this, export, detail));
        }
        if (worker && detail.status() == VersionStatus.DRAFT) {
            panel.add(new DraftEditor(drafting, detail, reload));
        } else {
            panel.add(PromiseText.of(detail, c -> null));
        }
        if (worker) {
            Button next = new Button(getTranslation("pledges.documents.prepare"), click -> {
                Long draft = Attempt.run(this, null, () -> drafting.prepareNextVersion(detail.documentId()));
                if (draft != null) {
                    refresh(detail.documentId(), draft);
                }
            });
            next.setId("prepare-next");
            panel.add(next);
        }
        if (board && (detail.status() == VersionStatus.DRAFT || detail.status() == VersionStatus.OPEN)) {
            panel.add(adopt(detail, reload));
        }
        if (detail.status() != VersionStatus.DRAFT) {
            panel.add(new H3(getTranslation("pledges.feedback.title")));
            panel.add(new SuggestionsPanel(suggestions, suggestions.feedback(detail.id()), worker, reload));
        }
        panel.add(new VersionExtras(drafting, detail, document.getValue() == null ? List.of()
                : document.getValue().versions()));
    }

    private String state(VersionDetail detail) {
        String who = getTranslation(detail.audience().messageKey());
        return switch (detail.status()) {
            case DRAFT -> getTranslation("pledges.state.DRAFT", who);
            case OPEN -> getTranslation("pledges.state.OPEN", who, OurPromisesView.DAY.format(detail.closesOn()));
            case ADOPTED, REPLACED -> getTranslation("pledges.state." + detail.status().name(),
                    detail.adoptedOn() == null ? "" : OurPromisesView.DAY.format(detail.adoptedOn()));
        };
    }

    private HorizontalLayout adopt(VersionDetail detail, Runnable reload) {
        DatePicker on = new DatePicker(getTranslation("pledges.adopt.on"));
        on.setId("adopt-on");
        on.setValue(LocalDate.now(ZoneId.of("Europe/London")));
        Button adopt = new Button(getTranslation("pledges.adopt.button"), click -> {
            if (on.getValue() == null) {
                on.setInvalid(true);
                return;
            }
            if (Attempt.run(this, on, () -> drafting.adopt(detail.id(), detail.lock(), on.getValue()))) {
                Notices.success(getTranslation("pledges.adopt.done"));
                reload.run();
            }
        });
        adopt.setId("adopt");
        adopt.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout line = new HorizontalLayout(on, adopt);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pledgeDocuments");
    }
}
