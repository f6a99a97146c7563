import java.util.ArrayList;
import java.util.List;

/**
 * Opens screens over HTTP as one signed-in person, speaking Vaadin's protocol (VaadinClient), and says
 * whether each was built: an element the screen gives an id is on it and its texts hold what is expected.
 * Each screen is opened ROUNDS times from the home screen, as a menu link does; the time is until the
 * server has answered with the whole screen (for a grid, its first 50 rows too). Usage:
 * {@code java Screens.java BASE_URL ACCOUNT ROUNDS ROUTE|ELEMENT_ID|TEXT[|GRID_ID] ...} (an empty id or text is not checked).
 * Prints one JSON line a screen; exits with 1 when a screen was not built.
 */
public class Screens {
    public static void main(String[] args) {
        String base = args[0];
        String account = args[1];
        int rounds = Integer.parseInt(args[2]);
        boolean allBuilt = true;
        VaadinClient tab = new VaadinClient(base);
        tab.signIn(account, "Bench-password-2026", false);
        tab.open("");
        for (int i = 3; i < args.length; i++) {
            String[] screen = args[i].split("\\|", -1);
            String route = screen[0];
            String element = screen[1];
            String text = screen[2];
            String grid = screen.length > 3 ? screen[3] : "";
            List<Long> millis = new ArrayList<>();
            long bytes = 0;
            String problem = null;
            for (int round = 0; round < rounds && problem == null; round++) {
                try {
                    tab.navigate("");
                    long started = System.nanoTime();
                    tab.navigate(route);
                    StringBuilder answer = new StringBuilder(tab.lastBody);
                    if (!grid.isEmpty()) {
                        answer.append(tab.rpc(published(tab.node(grid), "setViewportRange", "0,50")));
                    }
                    millis.add((System.nanoTime() - started) / 1_000_000);
                    bytes = answer.length();
                    if (!element.isEmpty() && !tab.has(element)) {
                        problem = "no #" + element;
                    } else if (!text.isEmpty() && !answer.toString().contains(text)) {
                        problem = "no text \"" + text + "\"";
                    }
                } catch (RuntimeException e) {
                    problem = VaadinClient.abbreviate(String.valueOf(e.getMessage())).replace('"', '\'');
                }
            }
            millis.sort(null);
            allBuilt &= problem == null;
            System.out.printf("{\"account\": \"%s\", \"route\": \"%s\", \"built\": %s, \"problem\": %s, \"rounds\": %d, "
                    + "\"medianMs\": %s, \"maxMs\": %s, \"lastAnswerChars\": %d}%n", account, route, problem == null,
                    problem == null ? "null" : "\"" + problem + "\"", millis.size(),
                    millis.isEmpty() ? "null" : millis.get((millis.size() - 1) / 2),
                    millis.isEmpty() ? "null" : millis.getLast(), bytes);
        }
        System.exit(allBuilt ? 0 : 1);
    }

    /** A call of a method the screen's server side publishes to the browser (as a grid asks for its rows). */
    static String published(int node, String method, String args) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":[" + args + "],\"promise\":0}";
    }
}
