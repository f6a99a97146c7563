package org.ourvoice.insight.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Charts as pictures for a screen ({@code data:} addresses of their SVG), drawn once for each chart
 * and kept for the next reader. A chart's picture follows only from its figures and words (which
 * carry the language), so the same chart is never drawn twice while it is kept, and a changed figure
 * or word is a different chart, drawn afresh.
 */
@Component
public class ChartPictures {

    /** Charts kept at once, the least recently shown going first: a few periods in a few languages. */
    static final int KEPT = 60;

    private record Key(ChartSpec chart, int width) {
    }

    private final Map<Key, String> pictures = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > KEPT;
        }
    };

    /** The chart drawn {@code width} pixels wide (at its suggested height), as a {@code data:image/svg+xml} address. */
    public String svg(ChartSpec chart, int width) {
        Key key = new Key(chart, width);
        synchronized (pictures) {
            String kept = pictures.get(key);
            if (kept != null) {
                return kept;
            }
        }
        String svg = ChartRenderer.svg(chart, width, ChartRenderer.suggestedHeight(chart, width));
        String picture = "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        synchronized (pictures) {
            pictures.put(key, picture);
        }
        return picture;
    }
}
