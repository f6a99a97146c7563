package org.ourvoice.reporting.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.ourvoice.insight.service.ChartCsv;
import org.ourvoice.insight.service.ChartPictures;
import org.ourvoice.insight.service.ChartSpec;

/** One engagement chart: its title, the picture drawn on the server, its figures as a table and as CSV. */
class ChartBlock extends Div {

    static final int WIDTH = 640;

    ChartBlock(ChartSpec chart, ChartPictures pictures) {
        addClassName("chart-panel");
        setId("engagement-chart-" + chart.id());
        Image image = new Image(pictures.svg(chart, WIDTH), chart.description());
        image.addClassName("chart-image");
        Paragraph description = new Paragraph(chart.description());
        description.addClassName("chart-description");
        Details table = new Details(getTranslation("engagement.table"), table(chart));
        table.addClassName("chart-table");
        String heldBack = getTranslation("engagement.heldBack");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ChartCsv.bytes(chart, heldBack);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "ourvoice-engagement-" + chart.id() + ".csv",
                    "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("engagement.csv"));
        csv.setId("engagement-csv-" + chart.id());
        csv.addClassName("chart-csv");
        add(new H3(chart.title()), image, description, table, csv);
    }

    private NativeTable table(ChartSpec chart) {
        NativeTable table = new NativeTable();
        table.addClassName("figures-table");
        table.setCaptionText(chart.title());
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(chart.categoryLabel());
        chart.series().forEach(s -> head.addHeaderCell().setText(s.name()));
        String heldBack = getTranslation("engagement.heldBack");
        for (int i = 0; i < chart.categories().size(); i++) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(chart.categories().get(i));
            name.getElement().setAttribute("scope", "row");
            for (ChartSpec.Series series : chart.series()) {
                Long value = series.values().get(i);
                NativeTableCell cell = row.addDataCell();
                cell.setText(value == null ? heldBack : String.valueOf(value));
            }
        }
        return table;
    }
}
