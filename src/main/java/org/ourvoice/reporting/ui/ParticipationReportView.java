package org.ourvoice.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Locale;
import org.ourvoice.insight.service.Period;
import org.ourvoice.reporting.service.ParticipationReportService;
import org.ourvoice.security.Roles;

/** The participation report for the chosen months, as a PDF to hand to inspectors or a CSV for spreadsheets. */
@Route("participation-report")
@RolesAllowed({Roles.BOARD, Roles.WORKER})
@Menu(order = 38, title = "nav.participationReport", icon = "vaadin:file-text-o")
public class ParticipationReportView extends VerticalLayout implements HasDynamicTitle {

    public ParticipationReportView(ParticipationReportService reports, Clock clock) {
        addClassName("participation-report-view");
        PeriodPicker picker = new PeriodPicker(clock, () -> { });
        Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            Period period = picker.period();
            byte[] bytes = reports.pdf(period, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(period, "pdf"), "application/pdf",
                    bytes.length);
        }), getTranslation("report.pdf"));
        pdf.setId("report-pdf");
        pdf.addClassName("home-link");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            Period period = picker.period();
            byte[] bytes = reports.csv(period, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(period, "csv"),
                    "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("report.csvDownload"));
        csv.setId("report-csv");
        csv.addClassName("home-link");
        Div links = new Div(pdf, csv);
        links.addClassName("home-links");
        add(new Paragraph(getTranslation("report.intro")), picker, links);
    }

    static String fileName(Period period, String extension) {
        return "ourvoice-participation-" + period.from() + "-to-" + period.to() + "." + extension;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.participationReport");
    }
}
