import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Concurrent people going through real journeys against a running portal, over Vaadin's own
 * client-server protocol (see {@link VaadinClient}), with think time as a person has between actions:
 * <ul>
 * <li>young people (80 %): sign in, open "Have your say", write a view (the draft is saved), choose a
 * theme and a feeling, send it, read "My say";</li>
 * <li>participation workers (15 %): sign in, open the moderation queue and its first page, show only the
 * urgent views, show all again;</li>
 * <li>board members (5 %): sign in, open the themes dashboard, drill into a theme's views.</li>
 * </ul>
 * Each person signs in once and then repeats the journey. What is timed is the server round trip of each
 * interaction (all HTTP requests it takes), measured after the ramp-up. Usage:
 * {@code java Load.java BASE_URL USERS RAMP_SECONDS SECONDS OUT_JSON [FIRST_ACCOUNT]}.
 */
public class Load {

    static final String PASSWORD = "Bench-password-2026";
    static final Map<String, ConcurrentLinkedQueue<Double>> TIMES = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<String> ERROR_SAMPLES = new ConcurrentLinkedQueue<>();
    static volatile long measureFrom;
    static volatile long stopAt;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        int ramp = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        int first = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        long start = System.nanoTime();
        measureFrom = start + ramp * 1_000_000_000L;
        stopAt = measureFrom + seconds * 1_000_000_000L;
        List<Thread> people = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int n = first + i;
            long delay = (long) ramp * 1000 * i / users;
            people.add(Thread.ofVirtual().start(() -> person(base, n, delay)));
        }
        for (Thread person : people) {
            person.join();
        }
        write(out, base, users, ramp, seconds);
    }

    static void person(String base, int n, long delayMs) {
        sleep(delayMs);
        int kind = n % 20;
        while (System.nanoTime() < stopAt) {
            VaadinClient tab = new VaadinClient(base);
            try {
                if (kind == 0) {
                    String name = "bench-board-" + (n / 20) % 300;
                    time("sign in", () -> signIn(tab, name));
                    while (think()) {
                        time("board: open dashboard", () -> tab.navigate("dashboard"));
                        if (!think()) {
                            break;
                        }
                        long theme = 1 + ThreadLocalRandom.current().nextInt(20);
                        time("board: drill into a theme", () -> tab.navigate("shared-views", "theme=" + theme));
                    }
                } else if (kind <= 3) {
                    String name = "bench-worker-" + (n / 20 * 3 + kind - 1) % 600;
                    time("sign in", () -> signIn(tab, name));
                    while (think()) {
                        time("worker: open moderation queue", () -> {
                            tab.navigate("moderation");
                            tab.rpc(published(tab.node("queue-grid"), "setViewportRange", "0,50"));
                        });
                        if (!think()) {
                            break;
                        }
                        time("worker: show urgent only", () -> tab.setProperty("queue-flag", "value", "\"2\""));
                        if (!think()) {
                            break;
                        }
                        time("worker: show all again", () -> tab.setProperty("queue-flag", "value", "\"1\""));
                    }
                } else {
                    String name = "bench-young-" + n % 9000;
                    time("sign in", () -> signIn(tab, name));
                    int round = 0;
                    while (think()) {
                        int r = round++;
                        time("young: open have your say", () -> tab.navigate("have-your-say"));
                        if (!think()) {
                            break;
                        }
                        time("young: write a view (draft saved)", () -> tab.setProperty("view-text", "value",
                                "\"What I think about where I live, round " + r + " of " + name
                                        + ": more say in moves.\""));
                        if (!think()) {
                            break;
                        }
                        time("young: choose theme and feeling", () -> {
                            tab.setProperty("view-themes", "value",
                                    "[\"" + (1 + ThreadLocalRandom.current().nextInt(20)) + "\"]");
                            tab.setProperty("view-mood", "value", "\"" + (1 + ThreadLocalRandom.current().nextInt(5))
                                    + "\"");
                        });
                        if (!think()) {
                            break;
                        }
                        time("young: send view", () -> {
                            tab.click("send-view");
                            if (!tab.has("go-to-my-say")) {
                                throw new IllegalStateException("view not sent: " + VaadinClient.abbreviate(tab.lastBody));
                            }
                        });
                        if (!think()) {
                            break;
                        }
                        time("young: read my say", () -> tab.navigate("my-say"));
                    }
                }
            } catch (RuntimeException failed) {
                sleep(2000);
            }
        }
    }

    static void signIn(VaadinClient tab, String name) {
        tab.signIn(name, PASSWORD);
        tab.open("");
    }

    static String published(int node, String method, String args) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":[" + args + "],\"promise\":0}";
    }

    /** A person's pause between actions: 2 to 6 seconds. False when the run is over. */
    static boolean think() {
        sleep(2000 + ThreadLocalRandom.current().nextInt(4000));
        return System.nanoTime() < stopAt;
    }

    static void time(String interaction, Runnable work) {
        long t0 = System.nanoTime();
        try {
            work.run();
        } catch (RuntimeException failed) {
            if (t0 >= measureFrom && t0 < stopAt) {
                ERRORS.computeIfAbsent(interaction, k -> new AtomicLong()).incrementAndGet();
                if (ERROR_SAMPLES.size() < 20) {
                    ERROR_SAMPLES.add(interaction + ": " + VaadinClient.abbreviate(String.valueOf(failed.getMessage())));
                }
            }
            throw failed;
        }
        if (t0 >= measureFrom && t0 < stopAt) {
            TIMES.computeIfAbsent(interaction, k -> new ConcurrentLinkedQueue<>())
                    .add((System.nanoTime() - t0) / 1e6);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static void write(Path out, String base, int users, int ramp, int seconds) throws IOException {
        Map<String, String> rows = new TreeMap<>();
        long total = 0;
        long errors = 0;
        for (String interaction : new java.util.TreeSet<>(
                java.util.stream.Stream.concat(TIMES.keySet().stream(), ERRORS.keySet().stream()).toList())) {
            double[] ms = TIMES.getOrDefault(interaction, new ConcurrentLinkedQueue<>()).stream()
                    .mapToDouble(Double::doubleValue).sorted().toArray();
            long failed = ERRORS.getOrDefault(interaction, new AtomicLong()).get();
            total += ms.length;
            errors += failed;
            rows.put(interaction, String.format(Locale.ROOT,
                    "{\"count\": %d, \"errors\": %d, \"p50Ms\": %.1f, \"p95Ms\": %.1f, \"p99Ms\": %.1f, \"maxMs\": %.1f}",
                    ms.length, failed, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                    ms.length == 0 ? Double.NaN : ms[ms.length - 1]));
        }
        String json = "{\n  \"users\": " + users + ",\n  \"rampSeconds\": " + ramp + ",\n  \"measuredSeconds\": "
                + seconds + ",\n  \"finishedAt\": \"" + Instant.now() + "\",\n  \"target\": \"" + base + "\",\n"
                + String.format(Locale.ROOT, "  \"interactionsPerSecond\": %.1f,%n", total / (double) seconds)
                + "  \"interactions\": " + total + ",\n  \"errors\": " + errors + ",\n  \"perInteraction\": {\n"
                + rows.entrySet().stream().map(e -> "    \"" + e.getKey() + "\": " + e.getValue())
                        .collect(Collectors.joining(",\n"))
                + "\n  },\n  \"errorSamples\": [" + ERROR_SAMPLES.stream()
                        .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"")
                        .collect(Collectors.joining(", ")) + "]\n}\n";
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);
        System.out.print(json);
    }
}
