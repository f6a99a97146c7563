package org.ourvoice.insight.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a {@link ChartSpec} with JFreeChart: as SVG (through Apache Batik's SVG generator) for screens
 * and as PNG for the board pack.
 * Accessible colours (WCAG 2.2 AA contrast against white, distinguishable without colour through
 * patterns or direct labels), readable at 320 px wide.
 */
public final class ChartRenderer {

    /**
     * Series colours, each at least 4.5:1 against white: enough for the bars and lines (3:1) and for
     * white figures written inside a stacked bar.
     */
    static final List<Color> PALETTE = List.of(
            new Color(0x1F4E99), // dark blue
            new Color(0xA8501A), // orange-brown
            new Color(0x00736B), // teal
            new Color(0x6B3FA0), // purple
            new Color(0xB0213A), // dark red
            new Color(0x5F6B00), // olive
            new Color(0x4D4D4D)); // dark grey
    static final Color TEXT = new Color(0x1F1F1F);
    private static final Color AXIS = new Color(0x595959);
    private static final Color GRID = new Color(0xD6D6D6);

    private static final String FAMILY = Font.SANS_SERIF;
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Font TICK_FONT = new Font(FAMILY, Font.PLAIN, 13);
    private static final Font AXIS_FONT = new Font(FAMILY, Font.BOLD, 13);
    private static final Font LEGEND_FONT = new Font(FAMILY, Font.PLAIN, 13);
    private static final Font VALUE_FONT = new Font(FAMILY, Font.PLAIN, 12);

    /** Dash patterns for line series, so the lines differ in more than colour; {@code null} is solid. */
    private static final float[][] DASHES = {null, {9f, 4f}, {2f, 3f}, {12f, 4f, 2f, 4f}, {5f, 5f},
            {12f, 3f, 2f, 3f, 2f, 3f}, {1f, 6f}};
    private static final double POINT = 4.5;

    private ChartRenderer() {
    }

    /**
     * The chart as one {@code <svg>} element: scalable through its viewBox, announced as an image with
     * the chart's description as its text alternative and its title as the {@code <title>}.
     */
    public static String svg(ChartSpec chart, int width, int height) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setComment(null);
            SVGGraphics2D g2 = new SVGGraphics2D(context, false);
            g2.setSVGCanvasSize(new Dimension(width, height));
            chart(chart).draw(g2, new Rectangle(0, 0, width, height));
            Element root = g2.getRoot();
            root.setAttribute("viewBox", "0 0 " + width + " " + height);
            root.setAttribute("role", "img");
            root.setAttribute("aria-label", xmlText(chart.description()));
            Element title = document.createElementNS(SVG_NAMESPACE, "title");
            title.setTextContent(xmlText(chart.title()));
            root.insertBefore(title, root.getFirstChild());
            return serialise(root);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("The chart could not be written as SVG", e);
        }
    }

    private static String serialise(Element root) throws TransformerException {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(root), new StreamResult(out));
        return out.toString();
    }

    /** The chart as a PNG image of exactly {@code width} by {@code height} pixels. */
    public static byte[] png(ChartSpec chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image(chart, width, height, 1), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The chart laid out at {@code width} by {@code height} and drawn {@code scale} times larger,
     * for print, where a sharper image is wanted at the same proportions.
     */
    static BufferedImage image(ChartSpec chart, int width, int height, double scale) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale, scale);
            chart(chart).draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * A height that gives each category of a bar chart room for its bars and a label of up to three
     * lines, a line chart pleasant proportions, and the legend its rows, for callers free to choose.
     * Text in an SVG scales with it, so draw at about the width it is shown at (360 for a phone).
     */
    public static int suggestedHeight(ChartSpec chart, int width) {
        int categories = Math.max(1, chart.categories().size());
        int legend = legendHeight(chart, width);
        return switch (chart.kind()) {
            case BAR -> 60 + legend + categories * Math.max(50, 18 * chart.series().size() + 14);
            case STACKED_BAR -> 60 + legend + categories * 46;
            case LINE -> 70 + legend + Math.max(220, width / 2);
        };
    }

    /** The legend's height once its items flow into rows across the width, as JFreeChart lays them out. */
    private static int legendHeight(ChartSpec chart, int width) {
        if (chart.series().size() < 2) {
            return 0;
        }
        FontRenderContext measure = new FontRenderContext(null, true, true);
        int graphic = chart.kind() == ChartSpec.Kind.LINE ? 32 : 14;
        double x = 0;
        int rows = 1;
        for (ChartSpec.Series series : chart.series()) {
            double item = graphic + 22 + LEGEND_FONT.getStringBounds(series.name(), measure).getWidth();
            if (x > 0 && x + item > width - 8) {
                rows++;
                x = 0;
            }
            x += item;
        }
        return 12 + rows * 21;
    }

    static JFreeChart chart(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < spec.series().size(); s++) {
            ChartSpec.Series series = spec.series().get(s);
            for (int c = 0; c < spec.categories().size(); c++) {
                data.addValue(series.values().get(c), new Key(s, xmlText(series.name())),
                        new Key(c, xmlText(spec.categories().get(c))));
            }
        }
        CategoryPlot plot = switch (spec.kind()) {
            case BAR -> barPlot(spec, data);
            case STACKED_BAR -> stackedPlot(spec, data);
            case LINE -> linePlot(spec, data);
        };
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // the value axis under horizontal bars and left of lines, where readers look for it
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);

        JFreeChart chart = new JFreeChart(null, LEGEND_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        if (spec.series().size() > 1) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(TEXT);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
            legend.setMargin(new RectangleInsets(8, 0, 0, 0));
            chart.addSubtitle(legend);
        }
        return chart;
    }

    private static CategoryPlot barPlot(ChartSpec spec, DefaultCategoryDataset data) {
        BarRenderer renderer = new BarRenderer();
        styleBars(renderer, spec);
        renderer.setItemMargin(0.08);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(spec), valueAxis(spec, 0.14), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return plot;
    }

    private static CategoryPlot stackedPlot(ChartSpec spec, DefaultCategoryDataset data) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        styleBars(renderer, spec);
        renderer.setMaximumBarWidth(0.2);
        // white figures inside each part; a part too narrow for its figure shows none (it is in the table)
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        renderer.setPositiveItemLabelPositionFallback(null);
        // a white edge keeps neighbouring parts apart even where their colours are close
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(spec), valueAxis(spec, 0.04), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return plot;
    }

    private static void styleBars(BarRenderer renderer, ChartSpec spec) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int s = 0; s < spec.series().size(); s++) {
            renderer.setSeriesPaint(s, colour(s));
        }
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.UK)));
        renderer.setDefaultItemLabelFont(VALUE_FONT);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultLegendShape(new Rectangle2D.Double(-7, -7, 14, 14));
    }

    private static CategoryPlot linePlot(ChartSpec spec, DefaultCategoryDataset data) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < spec.series().size(); s++) {
            Stroke stroke = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    DASHES[s % DASHES.length], 0f);
            renderer.setSeriesPaint(s, colour(s));
            renderer.setSeriesStroke(s, stroke);
            renderer.setSeriesShape(s, shape(s));
            // a longer line than JFreeChart's own legend draws, so that the dash pattern shows
            legend.add(new LegendItem(xmlText(spec.series().get(s).name()), null, null, null, true, shape(s), true,
                    colour(s), false, colour(s), stroke, true, new Line2D.Double(-16, 0, 16, 0), stroke, colour(s)));
        }
        renderer.setUseFillPaint(false);
        renderer.setDrawOutlines(false);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(spec), valueAxis(spec, 0.08), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setFixedLegendItems(legend);
        plot.getDomainAxis().setCategoryMargin(0);
        plot.getDomainAxis().setLowerMargin(0.03);
        plot.getDomainAxis().setUpperMargin(0.03);
        return plot;
    }

    private static CategoryAxis categoryAxis(ChartSpec spec) {
        CategoryAxis axis = spec.kind() == ChartSpec.Kind.LINE ? new SparseLabelAxis(xmlText(spec.categoryLabel()))
                : new CategoryAxis(xmlText(spec.categoryLabel()));
        axis.setLabelFont(AXIS_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
        axis.setMaximumCategoryLabelLines(spec.kind() == ChartSpec.Kind.LINE ? 2 : 3);
        if (spec.kind() != ChartSpec.Kind.LINE) {
            // theme names beside horizontal bars: up to three lines in at most a third of the width
            axis.setMaximumCategoryLabelWidthRatio(0.35f);
        }
        axis.setCategoryMargin(0.3);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        return axis;
    }

    private static NumberAxis valueAxis(ChartSpec spec, double upperMargin) {
        NumberAxis axis = new NumberAxis(xmlText(spec.valueLabel()));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(4);
        axis.setUpperMargin(upperMargin);
        axis.setLabelFont(AXIS_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
        return axis;
    }

    /**
     * The text without characters XML cannot hold (control characters other than tab and line
     * breaks, stray surrogates, U+FFFE and U+FFFF), which would otherwise be written into the SVG
     * and leave it unreadable.
     */
    private static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xFFFE && !Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Color colour(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    /** Point markers that differ in shape as well as colour: circle, square, triangles, diamond, cross. */
    private static Shape shape(int series) {
        double r = POINT;
        int q = (int) Math.round(r);
        return switch (series % 6) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r + 0.5, -r + 0.5, 2 * r - 1, 2 * r - 1);
            case 2 -> new Polygon(new int[] {0, q + 1, -q - 1}, new int[] {-q - 1, q, q}, 3);
            case 3 -> new Polygon(new int[] {0, q + 1, 0, -q - 1}, new int[] {-q - 1, 0, q + 1, 0}, 4);
            case 4 -> new Polygon(new int[] {0, q + 1, -q - 1}, new int[] {q + 1, -q, -q}, 3);
            default -> new Polygon(new int[] {-q, -1, -1, 1, 1, q, q, 1, 1, -1, -1, -q},
                    new int[] {-1, -1, -q, -q, -1, -1, 1, 1, q, q, 1, 1}, 12);
        };
    }

    /**
     * A series or category by its position, shown by its name: two themes with the same name (or a
     * theme named like the "all views" row) stay two rows instead of overwriting each other.
     */
    private record Key(int index, String name) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A category axis that labels every n-th category when all the labels would not fit side by
     * side (a trend over five years has 60 months), instead of letting them overlap.
     */
    private static final class SparseLabelAxis extends CategoryAxis {

        SparseLabelAxis(String label) {
            super(label);
        }

        @Override
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            if (!(category instanceof Key key) || !RectangleEdge.isTopOrBottom(edge)) {
                return super.createLabel(category, width, edge, g2);
            }
            float needed = g2.getFontMetrics(getTickLabelFont(category)).stringWidth(key.name()) + 20f;
            int step = Math.max(1, (int) Math.ceil(needed / Math.max(1f, width)));
            if (key.index() % step != 0) {
                return new TextBlock();
            }
            return super.createLabel(category, width * step, edge, g2);
        }
    }
}
