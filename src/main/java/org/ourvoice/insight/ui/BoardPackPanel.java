package org.ourvoice.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.ourvoice.common.UserFacingException;
import org.ourvoice.insight.service.BoardPackService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Makes the board pack for a meeting in the background, with a progress bar meanwhile, then
 * offers it to download. The screen stays usable while the pack is made.
 */
class BoardPackPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(BoardPackPanel.class);
    private static final int POLL_MILLIS = 500;

    private final BoardPackService packs;
    private final DatePicker meeting = new DatePicker();
    private final Button make = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();

    BoardPackPanel(BoardPackService packs) {
        this.packs = packs;
        addClassName("board-pack");
        meeting.setId("pack-meeting");
        meeting.setLabel(getTranslation("insight.pack.meeting"));
        meeting.setLocale(Locale.UK);
        meeting.setValue(LocalDate.now());
        make.setText(getTranslation("insight.pack.make"));
        make.setId("pack-make");
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClickListener(click -> start());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("pack-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("insight.pack.making"));
        status.setId("pack-status");
        status.getElement().setAttribute("aria-live", "polite");
        result.setId("pack-result");
        HorizontalLayout controls = new HorizontalLayout(meeting, make);
        controls.setWrap(true);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("insight.pack")), controls, progress, status, result);
    }

    private void start() {
        LocalDate date = meeting.getValue();
        if (date == null) {
            meeting.setErrorMessage(getTranslation("insight.pack.dateNeeded"));
            meeting.setInvalid(true);
            return;
        }
        meeting.setInvalid(false);
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        make.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("insight.pack.making"));
        result.removeAll();
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                byte[] pdf = packs.make(date, locale);
                ui.access(() -> ready(date, pdf));
            } catch (UserFacingException refused) {
                ui.access(() -> failed(getTranslation(refused.messageKey(), refused.arguments())));
            } catch (RuntimeException e) {
                LOG.warn("Board pack failed: {}", e.getClass().getSimpleName());
                ui.access(() -> failed(getTranslation("insight.pack.failed")));
            }
        }));
    }

    private void ready(LocalDate date, byte[] pdf) {
        finish();
        status.setText(getTranslation("insight.pack.ready"));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), "ourvoice-board-pack-" + date + ".pdf", "application/pdf",
                pdf.length)), getTranslation("insight.pack.download"));
        download.setId("pack-download");
        download.addClassName("home-link");
        result.add(download);
    }

    private void failed(String message) {
        finish();
        status.setText(message);
    }

    private void finish() {
        progress.setVisible(false);
        make.setEnabled(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
}
