package org.ourvoice.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.ourvoice.bench.load.FlowProtocol.click;
import static org.ourvoice.bench.load.FlowProtocol.firstRows;
import static org.ourvoice.bench.load.FlowProtocol.navigate;
import static org.ourvoice.bench.load.FlowProtocol.setProperty;
import static org.ourvoice.bench.load.FlowProtocol.signIn;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * People on the portal's real journeys, each a virtual user with their own session and screen, over Vaadin Flow's
 * own protocol ({@link FlowProtocol}), with 2 to 6 seconds of thinking between actions:
 * <ul>
 * <li>young people (80 %): sign in; open "Have your say"; write a view (the draft is saved as they type); choose a
 * theme and a feeling; send it; read "My say"; open "You said, we did"; open "Our promises"; again;</li>
 * <li>participation workers (15 %): sign in; open the moderation queue and its first 50 rows; show only urgent
 * views; show all again; again;</li>
 * <li>board members (5 %): sign in; open the themes dashboard (12 months); drill into a theme's views; open the
 * action tracker and its first 50 rows; open the board's decisions; again.</li>
 * </ul>
 * Each interaction is a Gatling group, so the report gives its percentiles (the sum of the server round trips of
 * its requests). Interactions begun while people are still arriving are grouped as "ramp-up: …" and left out of
 * the figures. A person whose request fails waits 2 s and signs in again, as someone sent back to the login page
 * does. The accounts are those of deploy/bench/dataset.sh: {@code bench-young-N}, {@code bench-worker-N},
 * {@code bench-board-N}.
 *
 * <p>System properties: {@code bench.url}, {@code bench.users}, {@code bench.ramp} and {@code bench.seconds} (the
 * people arrive over the ramp, then are measured for the seconds), {@code bench.firstAccount} (people numbered from
 * there, so that levels run one after another use other accounts).
 */
public class JourneysSimulation extends Simulation {

    static final String RAMP_UP = "ramp-up: ";
    private static final Duration THINK_MIN = Duration.ofSeconds(2);
    private static final Duration THINK_MAX = Duration.ofSeconds(6);
    private static final int THEMES = 20;
    private static final int FEELINGS = 5;

    private final String url = System.getProperty("bench.url", "http://127.0.0.1:18192");
    private final int users = Integer.getInteger("bench.users", 20);
    private final int rampSeconds = Integer.getInteger("bench.ramp", 10);
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final int firstAccount = Integer.getInteger("bench.firstAccount", 0);
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long stopAt = Long.MAX_VALUE;

    {
        // of every 20 people, numbered from firstAccount: one board member, three workers, sixteen young people
        int[] before = Mix.count(0, firstAccount);
        int[] now = Mix.count(firstAccount, users);
        List<PopulationBuilder> people = new ArrayList<>();
        add(people, now[Mix.YOUNG], people("young people", youngPerson(), before[Mix.YOUNG],
                n -> "bench-young-" + n % 9000));
        add(people, now[Mix.WORKER], people("participation workers", worker(), before[Mix.WORKER],
                n -> "bench-worker-" + n % 600));
        add(people, now[Mix.BOARD], people("board members", boardMember(), before[Mix.BOARD],
                n -> "bench-board-" + n % 300));
        setUp(people)
                .protocols(http.baseUrl(url)
                        .disableFollowRedirect()
                        .disableWarmUp()
                        .acceptHeader("*/*")
                        .acceptLanguageHeader("en-GB,en;q=0.9")
                        .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) OurVoice load journeys"))
                // people stop by themselves at the end; this only ends requests still waiting a minute later
                .maxDuration(Duration.ofSeconds(rampSeconds + seconds + 60L));
    }

    private void add(List<PopulationBuilder> people, int count, ScenarioBuilder scenario) {
        if (count > 0) {
            people.add(scenario.injectOpen(rampUsers(count).during(Duration.ofSeconds(rampSeconds))));
        }
    }

    /** Each person signs in once and goes through the journey until the run is over; after a failure, again. */
    private ScenarioBuilder people(String title, ChainBuilder journey, int firstOfRole, IntFunction<String> account) {
        AtomicInteger next = new AtomicInteger(firstOfRole);
        return scenario(title)
                .exec(session -> {
                    arrived();
                    return session.set("account", account.apply(next.getAndIncrement()));
                })
                .forever().on(
                        exitBlockOnFail().on(interaction("sign in", signIn()), forever("round").on(journey)),
                        exitHereIf(session -> over()),
                        flushCookieJar(),
                        pause(Duration.ofSeconds(2)));
    }

    private ChainBuilder youngPerson() {
        return exec(
                step("young: open have your say", navigate("have-your-say", none(), "view-text")),
                step("young: write a view (draft saved)", setProperty("view-text", "value",
                        session -> Uidl.jsonString("What I think about where I live, round " + session.getInt("round")
                                + " of " + session.getString("account") + ": more say in moves."))),
                step("young: choose theme and feeling", exec(
                        setProperty("view-themes", "value", session -> "[\"" + random(THEMES) + "\"]"),
                        setProperty("view-mood", "value", session -> "\"" + random(FEELINGS) + "\""))),
                step("young: send view", click("send-view", "go-to-my-say")),
                step("young: read my say", navigate("my-say", none(), "my-say-list")),
                step("young: open you said, we did", navigate("you-said-we-did", none(), "ysd-list")),
                step("young: open our promises", navigate("our-promises", none(), "our-promises-view")));
    }

    private ChainBuilder worker() {
        return exec(
                // the queue is opened again from the queue itself, where the screen may be kept: no marker
                step("worker: open moderation queue", exec(navigate("moderation", none(), null),
                        firstRows("queue-grid", 50))),
                step("worker: show urgent only", setProperty("queue-flag", "value", session -> "\"2\"")),
                step("worker: show all again", setProperty("queue-flag", "value", session -> "\"1\"")));
    }

    private ChainBuilder boardMember() {
        return exec(
                step("board: open dashboard", navigate("dashboard", none(), "dashboard-themes")),
                step("board: drill into a theme", navigate("shared-views", session -> "theme=" + random(THEMES),
                        "shared-grid")),
                step("board: open action tracker", exec(navigate("action-tracker", none(), "tracker-grid"),
                        firstRows("tracker-grid", 50))),
                step("board: open board decisions", navigate("board-decisions", none(), "decision-list")));
    }

    /** A person's pause between actions, then the action unless the run is over. */
    private ChainBuilder step(String name, ChainBuilder action) {
        return pause(THINK_MIN, THINK_MAX).exitHereIf(session -> over()).exec(interaction(name, action));
    }

    private ChainBuilder interaction(String name, ChainBuilder action) {
        return group(session -> System.nanoTime() < measureFrom ? RAMP_UP + name : name).on(action);
    }

    /** The ramp-up and the measured time are counted from the first person's arrival. */
    private void arrived() {
        if (started.compareAndSet(false, true)) {
            long now = System.nanoTime();
            measureFrom = now + rampSeconds * 1_000_000_000L;
            stopAt = measureFrom + seconds * 1_000_000_000L;
        }
    }

    private boolean over() {
        return System.nanoTime() >= stopAt;
    }

    private static Function<Session, String> none() {
        return session -> "";
    }

    private static int random(int upTo) {
        return 1 + ThreadLocalRandom.current().nextInt(upTo);
    }

    /** Which people are board members, workers or young people, by their number. */
    static final class Mix {
        static final int YOUNG = 0;
        static final int WORKER = 1;
        static final int BOARD = 2;

        private Mix() {
        }

        static int[] count(int from, int people) {
            int[] counts = new int[3];
            for (int n = from; n < from + people; n++) {
                int kind = n % 20;
                counts[kind == 0 ? BOARD : kind <= 3 ? WORKER : YOUNG]++;
            }
            return counts;
        }
    }
}
