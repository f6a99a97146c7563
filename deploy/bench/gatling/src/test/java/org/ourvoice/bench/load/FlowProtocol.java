package org.ourvoice.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The HTTP requests a browser tab makes on the portal, as Gatling requests: Spring Security's sign-in form with its
 * CSRF token, and Vaadin Flow's client–server protocol — the page, {@code ?v-r=init} making the screen's UI (its UI
 * id and the {@code Vaadin-Security-Key} CSRF token), then {@code ?v-r=uidl} messages carrying the token, the
 * server's sync id and the client's message id ({@link Uidl}), with {@code ui-navigate} to move between screens,
 * property syncs for what a person types or chooses and {@code click} events, addressed to elements by the ids the
 * portal's screens give them. Every answer is checked as the Flow client would take it: an error, an expired session
 * or a request to resynchronise fails the request.
 */
final class FlowProtocol {

    static final String PASSWORD = "Bench-password-2026";

    private FlowProtocol() {
    }

    /** Signs in as the session's {@code account}: the login page and its screen, the form, then the portal's start. */
    static ChainBuilder signIn() {
        return exec(http("login page").get("/login")
                        .check(css("meta[name='_csrf']", "content").saveAs("csrf"),
                                css("meta[name='_csrf_parameter']", "content").withDefault("_csrf")
                                        .saveAs("csrfParameter")))
                .exec(init("login"))
                .exec(navigate("login", session -> "", null))
                .exec(http("sign-in form").post("/login")
                        .formParam("username", "#{account}")
                        .formParam("password", PASSWORD)
                        .formParam("#{csrfParameter}", "#{csrf}")
                        // a refused or throttled sign-in is sent back to the login page
                        .check(status().is(302), headerRegex("Location", "^(?!.*(error|throttled)).*$").exists()))
                .exec(open(""));
    }

    /** Opens a screen by its address, as a link from outside or a reload does: the page, then a new UI for it. */
    static ChainBuilder open(String route) {
        return exec(http("page /" + route).get("/" + route))
                .exec(init(route))
                // the Flow client then asks the server to show the route in the new UI
                .exec(navigate(route, session -> "", null));
    }

    private static ChainBuilder init(String route) {
        return exec(http("init /" + route).get("/")
                        .queryParam("v-r", "init")
                        .queryParam("location", route)
                        .queryParam("query", "")
                        .check(status().is(200),
                                regex("\"v-uiId\"\\s*:\\s*(\\d+)").saveAs("uiId"),
                                regex("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").saveAs(Uidl.SECURITY_KEY),
                                bodyString().saveAs(Uidl.BODY)))
                .exec(Uidl::startScreen);
    }

    /**
     * Moves to another screen in the same UI, as a menu link does. {@code marker}, the id of an element of the new
     * screen, is checked to arrive, so a screen the person may not see (or an error page) fails the request.
     */
    static ChainBuilder navigate(String route, Function<Session, String> query, String marker) {
        List<CheckBuilder> checks = new ArrayList<>();
        if (marker != null) {
            checks.add(substring(marker).exists());
        }
        return uidl("navigate to /" + route, session -> Uidl.navigate(route, query.apply(session)), checks);
    }

    /** Sends a property's new value, as a field does when a person types or chooses (the value as JSON). */
    static ChainBuilder setProperty(String elementId, String property, Function<Session, String> jsonValue) {
        return uidl("set " + elementId + "." + property,
                session -> Uidl.setProperty(Uidl.node(session, elementId), property, jsonValue.apply(session)),
                List.of());
    }

    /** Clicks an element; {@code expected}, text the answer must hold (such as an id of what the click shows). */
    static ChainBuilder click(String elementId, String expected) {
        return uidl("click " + elementId, session -> Uidl.click(Uidl.node(session, elementId)),
                List.of(substring(expected).exists()));
    }

    /** Asks a grid for its first rows, as the grid's client side does when it is shown. */
    static ChainBuilder firstRows(String gridId, int rows) {
        return uidl("rows of " + gridId,
                session -> Uidl.published(Uidl.node(session, gridId), "setViewportRange", "0," + rows), List.of());
    }

    private static ChainBuilder uidl(String name, Function<Session, String> invocations, List<CheckBuilder> checks) {
        return exec(http(name).post("/")
                        .queryParam("v-r", "uidl")
                        .queryParam("v-uiId", "#{uiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> Uidl.message(session, invocations.apply(session))))
                        .check(status().is(200),
                                substring("\"appError\"").notExists(),
                                substring("\"sessionExpired\"").notExists(),
                                substring("\"resynchronize\"").notExists(),
                                bodyString().saveAs(Uidl.BODY))
                        .check(checks))
                .exec(Uidl::absorb);
    }
}
