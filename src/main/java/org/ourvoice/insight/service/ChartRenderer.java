package org.ourvoice.insight.service;

/**
 * Draws a {@link ChartSpec} with JFreeChart: as SVG for screens and as PNG for the board pack.
 * Accessible colours (WCAG 2.2 AA contrast against white, distinguishable without colour through
 * patterns or direct labels), readable at 320 px wide.
 */
public final class ChartRenderer {

    private ChartRenderer() {
    }

    public static String svg(ChartSpec chart, int width, int height) {
        throw new UnsupportedOperationException("not drawn yet");
    }

    public static byte[] png(ChartSpec chart, int width, int height) {
        throw new UnsupportedOperationException("not drawn yet");
    }
}
