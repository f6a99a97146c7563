import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signs in young people bench-young-FROM .. bench-young-(FROM+COUNT-1) over HTTP and opens one screen
 * each (a Vaadin UI is made for it), then leaves the sessions idle. Usage:
 * {@code java Sessions.java BASE_URL FROM COUNT THREADS ROUTE}. Prints how many succeeded.
 */
public class Sessions {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int from = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        String route = args[4];
        AtomicInteger ok = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = from; i < from + count; i++) {
                int n = i;
                pool.submit(() -> {
                    try {
                        VaadinClient tab = new VaadinClient(base);
                        tab.signIn("bench-young-" + n, "Bench-password-2026", false);
                        tab.open(route);
                        ok.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.add(e.getMessage());
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.MINUTES);
        }
        System.out.printf("{\"signedIn\": %d, \"errors\": %d, \"seconds\": %.1f}%n", ok.get(), errors.size(),
                (System.nanoTime() - started) / 1e9);
        errors.stream().limit(5).forEach(e -> System.err.println(VaadinClient.abbreviate(String.valueOf(e))));
    }
}
