package org.ourvoice.privacy.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

/** Packs "My data" as a zip: a readable HTML summary, and JSON and CSV files for each section. */
final class DataExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DataExport() {
    }

    static byte[] zip(String displayName, List<DataSection> sections, Function<String, String> translate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "my-data.html", html(displayName, sections, translate));
            for (DataSection section : sections) {
                String name = fileName(section.titleKey());
                put(zip, name + ".json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(section.rows()));
                put(zip, name + ".csv", csv(section.rows()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String fileName(String titleKey) {
        return titleKey.substring(titleKey.lastIndexOf('.') + 1);
    }

    static String csv(List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", rows.getFirst().keySet().stream().map(DataExport::cell).toList()));
        for (Map<String, String> row : rows) {
            lines.add(String.join(",", row.values().stream().map(DataExport::cell).toList()));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    /** Quotes every cell, and defuses cells a spreadsheet would run as a formula. */
    private static String cell(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static String html(String displayName, List<DataSection> sections, Function<String, String> translate) {
        Document document = Document.createShell("");
        document.outputSettings().charset(StandardCharsets.UTF_8);
        document.selectFirst("html").attr("lang", "en");
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.title(translate.apply("privacy.export.title"));
        Element body = document.body();
        body.appendElement("h1").text(translate.apply("privacy.export.title"));
        body.appendElement("p").text(displayName);
        for (DataSection section : sections) {
            body.appendElement("h2").text(translate.apply(section.titleKey()));
            if (section.rows().isEmpty()) {
                body.appendElement("p").text(translate.apply("privacy.nothing"));
                continue;
            }
            Element table = body.appendElement("table");
            Element head = table.appendElement("thead").appendElement("tr");
            section.rows().getFirst().keySet().forEach(k -> head.appendElement("th").attr("scope", "col").text(k));
            Element tbody = table.appendElement("tbody");
            for (Map<String, String> row : section.rows()) {
                Element tr = tbody.appendElement("tr");
                row.values().forEach(v -> tr.appendElement("td").text(v));
            }
        }
        return document.outerHtml();
    }
}
