import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser tab, as the portal's server sees it: the HTTP requests Vaadin Flow's client makes
 * (the bootstrap page, {@code ?v-r=init} for the first screen, {@code ?v-r=uidl} messages carrying the UI
 * id, the CSRF token ({@code Vaadin-Security-Key}), the server's sync id and the client's own message id)
 * and Spring Security's form sign-in with its CSRF token. Elements are found by the ids the portal's
 * screens give them. Only the JDK is used, so the benchmark runs with {@code java VaadinClient.java ...}.
 */
final class VaadinClient {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_CSRF_PARAMETER = Pattern.compile(
            "<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern ELEMENT_ID = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"([^\"]*)\"\\}");

    private final String base;
    private String session = "";
    private int uiId = -1;
    private String securityKey = "";
    private int syncId = -1;
    private int clientId;
    private final Map<String, Integer> nodes = new HashMap<>();
    String lastBody = "";

    VaadinClient(String base) {
        this.base = base;
    }

    String sessionId() {
        return session;
    }

    /** Opens the login page as a browser does (page, then its first screen), then posts the sign-in form. */
    void signIn(String name, String password) {
        signIn(name, password, true);
    }

    /** As {@link #signIn(String, String)}; without the login screen's own UI when {@code loginScreen} is false. */
    void signIn(String name, String password, boolean loginScreen) {
        String page = get("/login");
        String csrf = find(META_CSRF, page, "the login page's CSRF token");
        String parameter = META_CSRF_PARAMETER.matcher(page).find() ? find(META_CSRF_PARAMETER, page, "") : "_csrf";
        if (loginScreen) {
            init("login");
            navigate("login");
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(name) + "&password=" + encode(password)
                        + "&" + encode(parameter) + "=" + encode(csrf))));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
            throw new IllegalStateException("sign-in refused for " + name + ": " + answer.statusCode() + " " + location);
        }
    }

    /** Opens a screen by its address, as following a link from outside or reloading does: a new UI. */
    void open(String route) {
        get("/" + route);
        init(route);
        // the browser's Flow client then asks the server to show the route in the new UI
        navigate(route);
    }

    private void init(String route) {
        String json = get("/?v-r=init&location=" + encode(route) + "&query=");
        uiId = Integer.parseInt(find(UI_ID, json, "the UI id"));
        securityKey = find(SECURITY_KEY, json, "the Vaadin security key");
        syncId = -1;
        clientId = 0;
        nodes.clear();
        absorb(json);
        if (syncId < 0) {
            syncId = 0;
        }
    }

    /** Moves to another screen inside the same UI, as a menu link does. */
    void navigate(String route) {
        navigate(route, "");
    }

    void navigate(String route, String query) {
        rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}");
    }

    void setProperty(String elementId, String property, String jsonValue) {
        rpc("{\"type\":\"mSync\",\"node\":" + node(elementId) + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + jsonValue + "}");
    }

    void click(String elementId) {
        rpc("{\"type\":\"event\",\"node\":" + node(elementId) + ",\"event\":\"click\",\"data\":{}}");
    }

    boolean has(String elementId) {
        return nodes.containsKey(elementId);
    }

    int node(String elementId) {
        Integer node = nodes.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " on the screen; known: " + nodes.keySet());
        }
        return node;
    }

    /** Sends RPC invocations in one UIDL message and takes in the server's changes. */
    String rpc(String... invocations) {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + String.join(",", List.of(invocations))
                + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        clientId++;
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String json = answer.body();
        if (answer.statusCode() != 200 || json.contains("\"sessionExpired\"") || json.contains("\"appError\"")
                || json.contains("\"resynchronize\"")) {
            throw new IllegalStateException("UIDL answer " + answer.statusCode() + ": " + abbreviate(json));
        }
        absorb(json);
        return json;
    }

    private void absorb(String json) {
        lastBody = json;
        Matcher sync = SYNC_ID.matcher(json);
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        Matcher ids = ELEMENT_ID.matcher(json.replace("\\\"", "\""));
        while (ids.find()) {
            nodes.put(ids.group(2), Integer.parseInt(ids.group(1)));
        }
    }

    String get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse(""));
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(60));
        if (!session.isEmpty()) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : answer.headers().allValues("Set-Cookie")) {
                if (cookie.startsWith("JSESSIONID=")) {
                    session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
                }
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in: " + abbreviate(text));
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
