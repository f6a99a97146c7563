package org.ourvoice.pledges.service;

import org.jsoup.nodes.Entities;

/**
 * An adopted version as one accessible HTML page: the language and direction set, one main
 * heading, a heading per section, commitments as a numbered list, readable at any zoom and width.
 * Every word is escaped, so nothing typed can become markup.
 */
final class PromisesHtml {

    private static final String STYLE = """
            body{font-family:system-ui,"DejaVu Sans",sans-serif;line-height:1.5;color:#1f1f1f;background:#fff;\
            max-width:42rem;margin:0 auto;padding:1rem}
            h1{color:#1a5e9a;font-size:1.8rem;margin-bottom:.2rem}h2{color:#1a5e9a;font-size:1.3rem;margin-top:2rem}
            .subtitle,.made{color:#4d4d4d}ol{padding-inline-start:2rem}li{margin:.6rem 0}
            .commitment{font-weight:600}.explanation{margin:.2rem 0 0}
            .credits{border-inline-start:4px solid #1a5e9a;padding-inline-start:1rem}""";

    private PromisesHtml() {
    }

    static String write(PromisesDocument doc) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(e(doc.languageTag())).append("\" dir=\"")
                .append(doc.rightToLeft() ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(e(doc.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n<main>\n<h1>").append(e(doc.title())).append("</h1>\n<p class=\"subtitle\">")
                .append(e(doc.subtitle())).append("</p>\n<section class=\"credits\" aria-labelledby=\"credits\">")
                .append("<h2 id=\"credits\">").append(e(doc.creditsHeading())).append("</h2>\n<p>")
                .append(e(doc.credits())).append("</p>\n</section>\n");
        int index = 0;
        for (SectionItem section : doc.sections()) {
            String id = "section-" + ++index;
            html.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                    .append(e(section.title())).append("</h2>\n");
            if (!section.commitments().isEmpty()) {
                html.append("<ol start=\"").append(section.commitments().getFirst().number()).append("\">\n");
                for (CommitmentItem c : section.commitments()) {
                    html.append("<li><p class=\"commitment\">").append(e(c.text())).append("</p>");
                    if (c.explanation() != null) {
                        html.append("<p class=\"explanation\">").append(e(c.explanation())).append("</p>");
                    }
                    html.append("</li>\n");
                }
                html.append("</ol>\n");
            }
            html.append("</section>\n");
        }
        if (!doc.changes().isEmpty()) {
            html.append("<section aria-labelledby=\"changes\">\n<h2 id=\"changes\">").append(e(doc.changesHeading()))
                    .append("</h2>\n<ul>\n");
            doc.changes().forEach(change -> html.append("<li>").append(e(change)).append("</li>\n"));
            html.append("</ul>\n</section>\n");
        }
        html.append("<p class=\"made\">").append(e(doc.madeOn())).append("</p>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String e(String text) {
        return Entities.escape(text);
    }
}
