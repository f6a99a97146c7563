package org.ourvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ourvoice.insight.service.Breakdown;
import org.ourvoice.insight.service.Cell;
import org.ourvoice.insight.service.Change;
import org.ourvoice.insight.service.ChartRenderer;
import org.ourvoice.insight.service.ChartSpec;
import org.ourvoice.insight.service.Dashboard;
import org.ourvoice.insight.service.DashboardCharts;
import org.ourvoice.insight.service.MonthFigure;
import org.ourvoice.insight.service.Period;
import org.ourvoice.insight.service.ThemeFigures;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Every kind of chart draws as accessible SVG and as PNG, held-back figures included. */
class ChartRendererTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @ParameterizedTest
    @EnumSource(ChartSpec.Kind.class)
    void eachKindDrawsAsSvgWithItsWordsForScreenReaders(ChartSpec.Kind kind) throws Exception {
        ChartSpec chart = new ChartSpec("money", "Views about money", "Money & \"bills\" <2026> came up most.", kind,
                "Theme", "Views", List.of("Money & \"bills\" <2026>", "School", "Getting around"),
                List.of(series("This period", 12L, 7L, null), series("Before", 9L, null, 3L)));

        String svg = ChartRenderer.svg(chart, 640, 400);

        assertThat(svg).startsWith("<svg ").endsWith("</svg>");
        assertThat(svg.split("<svg", -1)).hasSize(2);
        assertThat(svg).contains("aria-label=\"Money &amp; &quot;bills&quot; &lt;2026&gt; came up most.\"");
        Element root = parse(svg);
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo(chart.description());
        assertThat(root.getAttribute("viewBox")).isNotBlank();
        assertThat(root.getAttribute("width")).startsWith("640");
        assertThat(root.getAttribute("height")).startsWith("400");
        assertThat(root.getFirstChild()).isInstanceOfSatisfying(Element.class, title -> {
            assertThat(title.getTagName()).isEqualTo("title");
            assertThat(title.getTextContent()).isEqualTo("Views about money");
        });
        assertThat(svg).doesNotContain("UnsupportedOperation");
        assertThat(linksOutside(svg)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ChartSpec.Kind.class)
    void eachKindDrawsAsPngOfTheAskedSize(ChartSpec.Kind kind) throws IOException {
        ChartSpec chart = new ChartSpec("x", "Title", "Description", kind, "Theme", "Views",
                List.of("School", "Mental health and wellbeing", "Getting around"),
                List.of(series("One", 4L, null, 12L), series("Two", null, 8L, 1L), series("Three", 5L, 5L, null)));

        byte[] png = ChartRenderer.png(chart, 480, 320);

        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(320);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("white background").isEqualTo(0xFFFFFF);
    }

    @ParameterizedTest
    @EnumSource(ChartSpec.Kind.class)
    void figuresAllHeldBackOrNoCategoriesAtAllStillDraw(ChartSpec.Kind kind) {
        ChartSpec allHeldBack = new ChartSpec("x", "T", "D", kind, "Theme", "Views", List.of("A", "B"),
                List.of(series("One", null, null), series("Two", null, null)));
        ChartSpec empty = new ChartSpec("x", "T", "D", kind, "Theme", "Views", List.of(), List.of());

        assertThat(ChartRenderer.svg(allHeldBack, 320, 240)).contains("<title>T</title>");
        assertThat(ChartRenderer.png(allHeldBack, 320, 240)).isNotEmpty();
        assertThat(ChartRenderer.svg(empty, 320, 240)).contains("<title>T</title>");
        assertThat(ChartRenderer.png(empty, 320, 240)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(ChartSpec.Kind.class)
    void controlCharactersInNamesLeaveTheSvgWellFormed(ChartSpec.Kind kind) throws Exception {
        ChartSpec chart = new ChartSpec("x", "Title\u0007", "Bell\u0007 and \uFFFF and \uD800 gone", kind,
                "Theme\u0000", "Views", List.of("Ring\u0007ring", "Buses 🚌"),
                List.of(series("Now\u001B", 5L, 6L), series("Then", 1L, 2L)));

        Element root = parse(ChartRenderer.svg(chart, 400, 300));

        assertThat(root.getAttribute("aria-label")).isEqualTo("Bell and  and  gone");
        assertThat(root.getTextContent()).contains("Ringring", "Buses 🚌", "Now");
    }

    @Test
    void suggestedHeightGrowsWithTheThemesAndTheSeries() {
        ChartSpec few = new ChartSpec("x", "T", "D", ChartSpec.Kind.BAR, "Theme", "Views", List.of("A", "B"),
                List.of(series("One", 1L, 2L)));
        ChartSpec more = new ChartSpec("x", "T", "D", ChartSpec.Kind.BAR, "Theme", "Views",
                List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"),
                List.of(series("One", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)));
        ChartSpec threeSeries = new ChartSpec("x", "T", "D", ChartSpec.Kind.BAR, "Theme", "Views", List.of("A", "B"),
                List.of(series("One", 1L, 2L), series("Two", 3L, 4L), series("Three", 5L, 6L)));

        assertThat(ChartRenderer.suggestedHeight(more, 640)).isGreaterThan(ChartRenderer.suggestedHeight(few, 640));
        assertThat(ChartRenderer.suggestedHeight(threeSeries, 640))
                .isGreaterThan(ChartRenderer.suggestedHeight(few, 640));
    }

    @Test
    void aHeldBackBarShowsNoFigureWhereAZeroWouldShowOne() {
        ChartSpec zero = new ChartSpec("x", "T", "D", ChartSpec.Kind.BAR, "Theme", "Views", List.of("A", "B"),
                List.of(series("One", 17L, 0L)));
        ChartSpec heldBack = new ChartSpec("x", "T", "D", ChartSpec.Kind.BAR, "Theme", "Views", List.of("A", "B"),
                List.of(series("One", 17L, null)));

        assertThat(countText(ChartRenderer.svg(heldBack, 400, 200), "0"))
                .isEqualTo(countText(ChartRenderer.svg(zero, 400, 200), "0") - 1);
    }

    @Test
    void theDashboardsChartsAllDraw() {
        for (ChartSpec chart : examples()) {
            assertThat(ChartRenderer.svg(chart, 640, ChartRenderer.suggestedHeight(chart, 640)))
                    .contains("<title>" + chart.title() + "</title>");
            assertThat(ChartRenderer.png(chart, 640, ChartRenderer.suggestedHeight(chart, 640))).isNotEmpty();
        }
    }

    private static ChartSpec.Series series(String name, Long... values) {
        return new ChartSpec.Series(name, Arrays.asList(values));
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
    }

    /** Every http(s) address in the SVG that is not a namespace name on the root element. */
    private static List<String> linksOutside(String svg) {
        String root = svg.substring(0, svg.indexOf('>') + 1);
        String rest = svg.substring(root.length());
        List<String> links = new ArrayList<>();
        Matcher inRoot = Pattern.compile("(\\S+)=['\"](https?://[^'\"]*)['\"]").matcher(root);
        while (inRoot.find()) {
            if (!inRoot.group(1).startsWith("xmlns")) {
                links.add(inRoot.group(2));
            }
        }
        Matcher inBody = Pattern.compile("https?://").matcher(rest);
        while (inBody.find()) {
            links.add(rest.substring(inBody.start(), Math.min(rest.length(), inBody.start() + 60)));
        }
        return links;
    }

    private static long countText(String svg, String text) {
        return Pattern.compile(">" + Pattern.quote(text) + "</text>").matcher(svg).results().count();
    }

    /**
     * The six charts of a realistic dashboard (a year of views from a county's children in care and
     * care leavers), made the way the application makes them, with the English words from the bundles.
     */
    public static List<ChartSpec> examples() {
        Properties words = new Properties();
        for (String bundle : List.of("insight", "voice", "messages")) {
            try (InputStream in = ChartRendererTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
                words.load(new InputStreamReader(Objects.requireNonNull(in, bundle), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        DashboardCharts.Text text = (key, arguments) ->
                new MessageFormat(words.getProperty(key, key), Locale.UK).format(arguments);

        Period period = Period.last(12, YearMonth.of(2026, 2));
        String[] names = {"Getting around: buses, trains and cycling", "Mental health and wellbeing",
                "School and learning", "Places to go and things to do", "Money & \"bills\"",
                "Safety in the community", "Jobs, training and apprenticeships", "Housing"};
        long[] now = {86, 74, 61, 45, 33, 21, 12, 3};
        long[] before = {52, 80, 58, 30, 12, 25, 0, 6};
        List<ThemeFigures> themes = new ArrayList<>();
        for (int t = 0; t < names.length; t++) {
            themes.add(new ThemeFigures(t + 1, names[t], now[t], before[t], Change.STEADY, 0));
        }
        List<MonthFigure> trend = new ArrayList<>();
        int m = 0;
        for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1), m++) {
            long all = 0;
            for (int t = 0; t < names.length; t++) {
                long views = Math.max(0, Math.round(now[t] / 12.0 * (1 + 0.6 * Math.sin((m + t * 2) / 2.0))));
                trend.add(new MonthFigure(month, t + 1, views));
                all += views;
            }
            trend.add(new MonthFigure(month, 0, all));
        }
        Breakdown moods = breakdown("mood", List.of("VERY_UNHAPPY", "UNHAPPY", "OK", "HAPPY", "VERY_HAPPY"), names,
                new Long[][] {{12L, 21L, 25L, 18L, 10L}, {19L, 24L, 17L, 9L, 5L}, {null, 14L, 20L, 16L, null},
                        {null, null, 12L, 18L, 11L}, {8L, 13L, 7L, null, null}, {6L, 7L, 8L, null, null},
                        {null, null, 5L, 5L, null}, {null, null, null, null, null}});
        Breakdown cohorts = breakdown("cohort", List.of("YOUNG_PERSON", "CARE_LEAVER"), names,
                new Long[][] {{52L, 34L}, {41L, 33L}, {50L, 11L}, {30L, 15L}, {9L, 24L}, {13L, 8L},
                        {null, 10L}, {null, null}});
        Breakdown ages = breakdown("ageBand", List.of("AGE_11_13", "AGE_14_15", "AGE_16_17", "AGE_18_20", ""),
                names, new Long[][] {{20L, 30L, 25L, 11L, null}, {14L, 25L, 22L, 13L, null},
                        {22L, 24L, 15L, null, null}, {15L, 14L, 10L, 6L, null}, {null, 8L, 12L, 9L, null},
                        {6L, 8L, 7L, null, null}, {null, null, 5L, 7L, null}, {null, null, null, null, null}});
        Breakdown counties = breakdown("county", List.of("IN", "OUT", "UNKNOWN"), names,
                new Long[][] {{64L, 16L, 6L}, {60L, 8L, 6L}, {55L, 6L, null}, {40L, 5L, null}, {28L, 5L, null},
                        {21L, null, null}, {12L, null, null}, {null, null, null}});
        Dashboard dashboard = new Dashboard(period, 335, 263, themes, trend, moods, cohorts, ages, counties);
        return DashboardCharts.all(dashboard, text);
    }

    private static Breakdown breakdown(String dimension, List<String> columns, String[] names, Long[][] figures) {
        List<Breakdown.Row> rows = new ArrayList<>();
        for (int r = 0; r < names.length; r++) {
            List<Cell> cells = new ArrayList<>();
            long total = 0;
            for (Long figure : figures[r]) {
                cells.add(new Cell(figure));
                total += figure == null ? 0 : figure;
            }
            rows.add(new Breakdown.Row(r + 1, names[r], total, cells));
        }
        return new Breakdown(dimension, columns, rows);
    }
}
