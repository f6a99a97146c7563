package org.ourvoice.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import org.ourvoice.privacy.domain.DeletionRequest;
import org.ourvoice.privacy.service.DataSection;
import org.ourvoice.privacy.service.MyDeletionRequest;
import org.ourvoice.privacy.service.PrivacyService;
import org.ourvoice.ui.DisplayFormats;
import org.ourvoice.ui.Notices;
import org.ourvoice.ui.ReadAloudButton;

/** "My data": everything the portal holds about me in plain words, a download, and asking for deletion. */
@Route("my-data")
@PermitAll
@Menu(order = 98, title = "nav.myData", icon = "vaadin:user-card")
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    private final PrivacyService privacy;
    private final Div deletion = new Div();

    public MyDataView(PrivacyService privacy) {
        this.privacy = privacy;
        addClassName("my-data-view");
        add(new ReadAloudButton(), new Paragraph(getTranslation("privacy.intro")));
        Locale locale = UI.getCurrent().getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = privacy.myDataZip(locale);
            return new DownloadResponse(new ByteArrayInputStream(zip), "my-ourvoice-data.zip", "application/zip",
                    zip.length);
        }), getTranslation("privacy.download"));
        download.setId("download-my-data");
        download.addClassName("big-link");
        add(download);
        for (DataSection section : privacy.myData()) {
            add(section(section));
        }
        deletion.setId("deletion");
        add(deletion);
        showDeletion();
    }

    private Div section(DataSection section) {
        Div box = new Div();
        box.addClassName("data-section");
        box.add(new H2(getTranslation(section.titleKey())));
        if (section.rows().isEmpty()) {
            box.add(new Paragraph(getTranslation("privacy.nothing")));
            return box;
        }
        for (Map<String, String> row : section.rows()) {
            UnorderedList list = new UnorderedList();
            row.forEach((field, value) -> list.add(new ListItem(field + ": " + value)));
            box.add(list);
        }
        return box;
    }

    private void showDeletion() {
        deletion.removeAll();
        deletion.add(new H2(getTranslation("privacy.delete.title")));
        MyDeletionRequest request = privacy.myDeletionRequest().orElse(null);
        if (request != null && request.status() == DeletionRequest.Status.REQUESTED) {
            Paragraph asked = new Paragraph(getTranslation("privacy.delete.asked",
                    DisplayFormats.date(request.requestedAt())));
            asked.setId("deletion-status");
            Button cancel = new Button(getTranslation("privacy.delete.cancel"), click -> {
                privacy.cancelMyRequest();
                showDeletion();
            });
            cancel.setId("cancel-deletion");
            deletion.add(asked, cancel);
            return;
        }
        if (request != null && request.status() == DeletionRequest.Status.HELD) {
            deletion.add(new Paragraph(getTranslation("privacy.delete.held")));
        }
        deletion.add(new Paragraph(getTranslation("privacy.delete.explain")));
        RadioButtonGroup<Boolean> keep = new RadioButtonGroup<>();
        keep.setId("keep-words");
        keep.setLabel(getTranslation("privacy.delete.words"));
        keep.setItems(Boolean.TRUE, Boolean.FALSE);
        keep.setItemLabelGenerator(k -> getTranslation(k ? "privacy.delete.keep" : "privacy.delete.remove"));
        keep.setValue(Boolean.TRUE);
        Button ask = new Button(getTranslation("privacy.delete.ask"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("privacy.delete.sure"),
                    getTranslation("privacy.delete.sureText"), getTranslation("privacy.delete.ask"), yes -> {
                        privacy.requestDeletion(Boolean.TRUE.equals(keep.getValue()));
                        Notices.success(getTranslation("privacy.delete.sent"));
                        showDeletion();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        ask.setId("ask-deletion");
        ask.addThemeVariants(ButtonVariant.ERROR);
        deletion.add(new H3(getTranslation("privacy.delete.how")), keep, ask);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myData");
    }
}
