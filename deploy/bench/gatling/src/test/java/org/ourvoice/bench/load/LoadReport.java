package org.ourvoice.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.GroupStatsPath;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.StatsPath;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.stats.ErrorStats;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The figures of the last Gatling run as one small JSON file: per interaction (each a group of the simulation) the
 * number done, the errors, and the 50th, 95th and 99th percentiles and the maximum of the successful ones; the
 * interactions per second over the measured time; the errors, with Gatling's messages for them. Interactions begun
 * during the ramp-up are counted apart. The run's {@code simulation.log} is read with Gatling's own reader (the one
 * its HTML report is made with, from gatling-charts, of the version in pom.xml), so the figures are the report's.
 * Usage: {@code LoadReport GATLING_RESULTS_DIR OUT_JSON URL USERS RAMP SECONDS}.
 */
public final class LoadReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Status OK = Status.apply("OK");
    private static final Status KO = Status.apply("KO");

    private LoadReport() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int seconds = Integer.parseInt(args[5]);
        Path run = lastRun(results);
        LogFileData data = LogFileReader.apply(run.getFileName().toString(), results, GatlingConfiguration.load())
                .read();

        ObjectNode report = JSON.createObjectNode();
        report.put("tool", "Gatling " + Simulation.class.getPackage().getImplementationVersion());
        report.put("users", Integer.parseInt(args[3]));
        report.put("rampSeconds", Integer.parseInt(args[4]));
        report.put("measuredSeconds", seconds);
        report.put("finishedAt", Instant.now().toString());
        report.put("target", args[2]);
        report.put("gatlingReport", run.resolve("index.html").toString());

        Map<String, Group> measured = new TreeMap<>();
        long rampUpDone = 0;
        long rampUpErrors = 0;
        for (StatsPath path : CollectionConverters.asJava(data.statsPaths())) {
            if (path instanceof GroupStatsPath groupPath) {
                Group group = groupPath.group();
                if (group.name().startsWith(JourneysSimulation.RAMP_UP)) {
                    rampUpDone += count(data, group, OK);
                    rampUpErrors += count(data, group, KO);
                } else {
                    measured.put(group.name(), group);
                }
            }
        }
        long done = 0;
        long errors = 0;
        ObjectNode perInteraction = JSON.createObjectNode();
        for (Map.Entry<String, Group> entry : measured.entrySet()) {
            Group group = entry.getValue();
            long ok = count(data, group, OK);
            long ko = count(data, group, KO);
            done += ok;
            errors += ko;
            ObjectNode row = perInteraction.putObject(entry.getKey());
            row.put("count", ok);
            row.put("errors", ko);
            Option<GeneralStats> times = data.groupCumulatedResponseTimeGeneralStats(group, Option.apply(OK));
            if (ok > 0 && times.isDefined()) {
                row.put("p50Ms", percentile(times.get(), 50));
                row.put("p95Ms", percentile(times.get(), 95));
                row.put("p99Ms", percentile(times.get(), 99));
                row.put("maxMs", times.get().max());
            }
        }
        report.put("interactionsPerSecond", Math.round(10.0 * done / seconds) / 10.0);
        report.put("interactions", done);
        report.put("errors", errors);
        report.set("perInteraction", perInteraction);
        ObjectNode rampUp = report.putObject("rampUp");
        rampUp.put("interactions", rampUpDone);
        rampUp.put("errors", rampUpErrors);
        ArrayNode messages = report.putArray("errorMessages");
        for (ErrorStats error : CollectionConverters.asJava(data.errors(Option.empty(), Option.empty()))) {
            if (messages.size() < 20) {
                messages.add(error.count() + " × " + error.message());
            }
        }

        Files.createDirectories(out.toAbsolutePath().getParent());
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
        Files.writeString(out, text);
        System.out.print(text);
    }

    /** The newest run in the results folder: Gatling names each run's folder after the simulation and its start. */
    private static Path lastRun(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(run -> Files.exists(run.resolve("simulation.log")))
                    .max(Comparator.comparing(run -> run.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling run in " + results));
        }
    }

    private static long count(LogFileData data, Group group, Status status) {
        Option<GeneralStats> stats = data.groupCumulatedResponseTimeGeneralStats(group, Option.apply(status));
        return stats.isDefined() ? stats.get().count() : 0;
    }

    private static long percentile(GeneralStats stats, double rank) {
        return ((Number) stats.percentile().apply(rank)).longValue();
    }
}
