import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks two nodes behind the load balancer (see deploy/two-nodes.sh). Usage:
 * {@code java TwoNodes.java BASE_URL PID_NODE1 PID_NODE2}. Prints one line per check and "ALL PASSED"
 * at the end; exits with 1 at the first failed check.
 */
public class TwoNodes {

    static final String PASSWORD = "Bench-password-2026";
    static final List<String> lines = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Map<String, Long> pids = Map.of("node1", Long.parseLong(args[1]), "node2", Long.parseLong(args[2]));

        // 1. New visitors are spread over both nodes
        Map<String, Integer> served = new TreeMap<>();
        for (int i = 0; i < 10; i++) {
            VaadinClient visitor = new VaadinClient(base);
            visitor.get("/login");
            served.merge(node(visitor), 1, Integer::sum);
        }
        check(served.size() == 2, "both nodes serve new visitors: " + served);

        // 2. A signed-in person stays on the node that signed them in: the screen's state lives only there
        VaadinClient amira = new VaadinClient(base);
        amira.signIn("twonode-young-1", PASSWORD);
        amira.open("");
        String amiraNode = node(amira);
        for (int i = 0; i < 10; i++) {
            amira.navigate(i % 2 == 0 ? "my-say" : "have-your-say");
        }
        check(node(amira).equals(amiraNode), "10 screen changes after sign-in all answered by " + amiraNode
                + " (a request reaching the other node would find no session and no screen)");

        // 3. Work before a node stops: one view sent, one draft written, by people on the node that will stop
        VaadinClient ben = new VaadinClient(base);
        String benNode;
        int tries = 0;
        do {
            ben = new VaadinClient(base);
            ben.signIn("twonode-young-2", PASSWORD);
            benNode = node(ben);
            tries++;
        } while (!benNode.equals(amiraNode) && tries < 20);
        check(benNode.equals(amiraNode), "a second person signed in on " + benNode);
        ben.open("have-your-say");
        String sentText = "Sent just before my node stopped " + System.currentTimeMillis();
        ben.setProperty("view-text", "value", "\"" + sentText + "\"");
        ben.setProperty("view-themes", "value", "[\"1\"]");
        ben.setProperty("view-mood", "value", "\"3\"");
        ben.click("send-view");
        check(ben.has("go-to-my-say"), "a view was sent on " + benNode);
        amira.navigate("have-your-say");
        String draft = "Half written when my node stopped " + System.currentTimeMillis();
        amira.setProperty("view-text", "value", "\"" + draft + "\"");
        check(true, "a draft was typed on " + amiraNode);

        // 4. That node stops without warning (kill -9)
        ProcessHandle.of(pids.get(amiraNode)).ifPresent(ProcessHandle::destroyForcibly);
        Thread.sleep(1500);
        boolean lost;
        try {
            amira.navigate("my-say");
            lost = false;
        } catch (RuntimeException expected) {
            lost = true;
        }
        check(lost, amiraNode + " stopped: the open screen is gone (the person is asked to sign in again)");

        // 5. They sign in again on the other node; nothing they sent or typed is lost
        VaadinClient again = new VaadinClient(base);
        again.signIn("twonode-young-1", PASSWORD);
        again.open("have-your-say");
        String other = node(again);
        check(!other.equals(amiraNode), "signed in again, now on " + other);
        check(again.lastBody.contains(draft.substring(0, 20)), "the draft is back in \"Have your say\": \"" + draft + "\"");
        VaadinClient benAgain = new VaadinClient(base);
        benAgain.signIn("twonode-young-2", PASSWORD);
        benAgain.open("my-say");
        check(benAgain.lastBody.contains("Sent just before my node stopped"),
                "the view sent before the stop is in \"My say\" on " + node(benAgain));
        System.out.println("SENT_TEXT=" + sentText);
        System.out.println("ALL PASSED");
    }

    static String node(VaadinClient client) {
        String session = client.sessionId();
        return session.substring(session.lastIndexOf('.') + 1);
    }

    static void check(boolean ok, String what) {
        System.out.println((ok ? "PASS " : "FAIL ") + what);
        if (!ok) {
            System.exit(1);
        }
    }
}
