package org.ourvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourvoice.insight.service.ChartCsv;
import org.ourvoice.insight.service.ChartSpec;

/** A chart's figures download as CSV that spreadsheets open safely and correctly. */
class ChartCsvTest {

    private static final String HELD_BACK = "fewer than 5";

    @Test
    void aHeaderRowThenARowPerCategoryEveryFieldQuotedWithCrlf() {
        ChartSpec chart = chart(List.of("School", "Money & \"bills\", rent"),
                series("This period", 12L, 1234L), series("Period \"before\"", 0L, 7L));

        assertThat(ChartCsv.csv(chart, HELD_BACK)).isEqualTo(
                "\"Theme\",\"This period\",\"Period \"\"before\"\"\"\r\n"
                        + "\"School\",\"12\",\"0\"\r\n"
                        + "\"Money & \"\"bills\"\", rent\",\"1234\",\"7\"\r\n");
    }

    @Test
    void heldBackFiguresAreWrittenInWordsNeverAsZero() {
        ChartSpec chart = chart(List.of("Housing"), series("Sad", (Long) null), series("Happy", 9L));

        assertThat(ChartCsv.csv(chart, HELD_BACK)).endsWith("\"Housing\",\"fewer than 5\",\"9\"\r\n");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        ChartSpec chart = chart(List.of("=HYPERLINK(\"http://x.example\",\"click\")", "+1", "-1", "@SUM(A1)",
                "\tTab", "Fine - really"), series("=cmd|' /C calc'!A0", 1L, 2L, 3L, 4L, 5L, 6L));

        String csv = ChartCsv.csv(chart, HELD_BACK);

        assertThat(csv.split("\r\n")).containsExactly(
                "\"Theme\",\"'=cmd|' /C calc'!A0\"",
                "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",\"1\"",
                "\"'+1\",\"2\"",
                "\"'-1\",\"3\"",
                "\"'@SUM(A1)\",\"4\"",
                "\"'\tTab\",\"5\"",
                "\"Fine - really\",\"6\"");
    }

    @Test
    void linesInsideANameStayInsideItsQuotedField() {
        ChartSpec chart = chart(List.of("Two\nlines"), series("Views", 3L));

        assertThat(ChartCsv.csv(chart, HELD_BACK)).endsWith("\"Two\nlines\",\"3\"\r\n");
    }

    @Test
    void bytesAreUtf8LedByAByteOrderMarkSoExcelReadsEmojiAndArabic() {
        ChartSpec chart = chart(List.of("المدرسة", "Buses 🚌"), series("Views", 5L, 6L));

        byte[] bytes = ChartCsv.bytes(chart, HELD_BACK);

        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo(ChartCsv.csv(chart, HELD_BACK))
                .contains("\"المدرسة\",\"5\"", "\"Buses 🚌\",\"6\"");
        assertThat(ChartCsv.csv(chart, HELD_BACK)).doesNotStartWith("\uFEFF");
    }

    private static ChartSpec chart(List<String> categories, ChartSpec.Series... series) {
        return new ChartSpec("themes", "Views by theme", "Views by theme.", ChartSpec.Kind.BAR, "Theme", "Views",
                categories, List.of(series));
    }

    private static ChartSpec.Series series(String name, Long... values) {
        return new ChartSpec.Series(name, Arrays.asList(values));
    }
}
