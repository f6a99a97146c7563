package org.ourvoice.insight.charts;

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

/**
 * One chart as the board reads it: a title, the chart drawn on the server (its description is the
 * text alternative), the same figures as a table, and a CSV download of them. Figures held back
 * because they are too small to share are said so in words in the table and the CSV.
 */
public class ChartPanel extends Div {

    /** Drawn at a width whose text stays readable when the picture shrinks to a 320 px phone. */
    public static final int WIDTH = 640;

    /** The chart with ids (and a CSV file name) starting with the prefix, so that a screen's charts are told apart. */
    public ChartPanel(ChartSpec chart, ChartPictures pictures, String prefix) {
        addClassName("chart-panel");
        setId(prefix + "chart-" + chart.id());
        H3 title = new H3(chart.title());
        Image image = new Image(pictures.svg(chart, WIDTH), chart.description());
        image.addClassName("chart-image");
        Paragraph description = new Paragraph(chart.description());
        description.addClassName("chart-description");

        Details table = new Details(getTranslation("insight.table"), table(chart));
        table.addClassName("chart-table");
        String heldBack = getTranslation("insight.heldBack");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ChartCsv.bytes(chart, heldBack);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "ourvoice-" + prefix + chart.id() + ".csv",
                    "text/csv; charset=utf-8", bytes.length);
        }), getTranslation("insight.csv"));
        csv.setId(prefix + "csv-" + chart.id());
        csv.addClassName("chart-csv");
        add(title, image, description, table, csv);
    }

    private NativeTable table(ChartSpec chart) {
        NativeTable table = new NativeTable();
        table.addClassName("figures-table");
        table.setCaptionText(chart.title());
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(chart.categoryLabel());
        chart.series().forEach(s -> head.addHeaderCell().setText(s.name()));
        String heldBack = getTranslation("insight.heldBack");
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
