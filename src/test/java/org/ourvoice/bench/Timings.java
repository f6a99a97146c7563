package org.ourvoice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Times a piece of server work many times and keeps the median and 95th percentile, then writes
 * every figure of a benchmark to {@code target/benchmarks/<name>.json} for the record.
 */
final class Timings {

    private final String benchmark;
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final Map<String, double[]> results = new LinkedHashMap<>();

    Timings(String benchmark) {
        this.benchmark = benchmark;
    }

    void context(String key, Object value) {
        context.put(key, value);
    }

    /** Runs {@code warmUp} untimed rounds, then {@code rounds} timed ones; returns {median, p95} in ms. */
    double[] measure(String name, int warmUp, int rounds, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        double[] figures = {percentile(millis, 50), percentile(millis, 95)};
        results.put(name, figures);
        return figures;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    Path write() {
        Path file = Path.of("target", "benchmarks", benchmark + ".json");
        List<String> lines = new ArrayList<>();
        lines.add("{");
        lines.add("  \"benchmark\": \"" + benchmark + "\",");
        lines.add("  \"measuredAt\": \"" + Instant.now() + "\",");
        lines.add("  \"machine\": \"" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "\",");
        lines.add("  \"context\": {" + context.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"").collect(Collectors.joining(", "))
                + "},");
        lines.add("  \"results\": {" + results.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "\"%s\": {\"medianMs\": %.2f, \"p95Ms\": %.2f}", e.getKey(),
                        e.getValue()[0], e.getValue()[1]))
                .collect(Collectors.joining(", ")) + "}");
        lines.add("}");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
