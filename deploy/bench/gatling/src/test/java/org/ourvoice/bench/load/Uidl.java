package org.ourvoice.bench.load;

import io.gatling.javaapi.core.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bookkeeping a browser's Flow client keeps for one open screen, kept in the virtual user's Gatling session: the
 * server's sync id (the latest one the server sent), the client's own message id (one more for every message sent)
 * and the state node of every element the portal gave an id, read from the UIDL changes the server sends, so that a
 * typed value or a click can be addressed to the element as the browser addresses it.
 */
final class Uidl {

    /** Session key under which a check saves the body of the last Vaadin answer, taken in by {@link #absorb}. */
    static final String BODY = "vaadinAnswer";
    static final String SYNC_ID = "syncId";
    static final String CLIENT_ID = "clientId";
    static final String SECURITY_KEY = "securityKey";
    static final String NODES = "nodes";

    private static final Pattern SYNC = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern ELEMENT_ID = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"([^\"]*)\"\\}");

    private Uidl() {
    }

    /** A new UI was made by {@code ?v-r=init}: nothing known of the screen before it counts any more. */
    static Session startScreen(Session session) {
        Session fresh = session.set(NODES, Map.<String, Integer>of()).set(CLIENT_ID, 0).set(SYNC_ID, 0);
        return absorb(fresh, false);
    }

    /** After a UIDL message was answered: the next message carries the next client id. */
    static Session absorb(Session session) {
        return absorb(session, true);
    }

    private static Session absorb(Session session, boolean sent) {
        Session next = sent ? session.set(CLIENT_ID, session.getInt(CLIENT_ID) + 1) : session;
        if (!session.contains(BODY)) {
            return next;
        }
        String answer = session.getString(BODY);
        Matcher sync = SYNC.matcher(answer);
        if (sync.find()) {
            next = next.set(SYNC_ID, Integer.parseInt(sync.group(1)));
        }
        Map<String, Integer> nodes = new HashMap<>(session.<Map<String, Integer>>get(NODES));
        // the first answer of a UI carries its changes as JSON inside a JSON string
        Matcher ids = ELEMENT_ID.matcher(answer.replace("\\\"", "\""));
        while (ids.find()) {
            nodes.put(ids.group(2), Integer.parseInt(ids.group(1)));
        }
        return next.set(NODES, Map.copyOf(nodes)).remove(BODY);
    }

    /** One UIDL message as the Flow client sends it: the CSRF token, the invocations, the two message ids. */
    static String message(Session session, String invocations) {
        return "{\"csrfToken\":\"" + session.getString(SECURITY_KEY) + "\",\"rpc\":[" + invocations + "],\"syncId\":"
                + session.getInt(SYNC_ID) + ",\"clientId\":" + session.getInt(CLIENT_ID) + "}";
    }

    /** The state node of the element with this id on the open screen; fails the request when it is not there. */
    static int node(Session session, String elementId) {
        Integer node = session.<Map<String, Integer>>get(NODES).get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " on the screen");
        }
        return node;
    }

    static String navigate(String route, String query) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}";
    }

    static String setProperty(int node, String property, String jsonValue) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property + "\",\"value\":"
                + jsonValue + "}";
    }

    static String click(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{}}";
    }

    /** A call of a method the element's client side may call on the server, as a grid asks for a page of rows. */
    static String published(int node, String method, String jsonArguments) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":[" + jsonArguments + "],\"promise\":0}";
    }

    /** A JSON string literal of plain text (the journeys type only letters, digits and punctuation). */
    static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
