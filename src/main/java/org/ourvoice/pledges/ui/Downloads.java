package org.ourvoice.pledges.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.ourvoice.pledges.service.PledgeExportService;
import org.ourvoice.pledges.service.VersionDetail;

/** Links to download an adopted version as a PDF and as a web page. */
final class Downloads {

    private Downloads() {
    }

    static Div links(Component screen, PledgeExportService export, VersionDetail version) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.pdf(version.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    fileName(version, "pdf"), "application/pdf", bytes.length);
        }), screen.getTranslation("pledges.download.pdf"));
        pdf.addClassName("download-pdf");
        Anchor html = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.html(version.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    fileName(version, "html"), "text/html;charset=utf-8", bytes.length);
        }), screen.getTranslation("pledges.download.html"));
        html.addClassName("download-html");
        Div links = new Div(pdf, html);
        links.addClassName("promise-downloads");
        return links;
    }

    /** A file name for the version, from its title, safe on every system. */
    static String fileName(VersionDetail version, String extension) {
        String base = version.documentTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "promises" : base) + "-v" + version.number() + "." + extension;
    }
}
