package com.ooma.telo.simulator.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet mode end to end: real agents in this JVM on simulated time, the embedded Moquette broker, real keys, spools
 * and checkpoints on disk; reconciled exactly and scanned for canaries, as process mode does.
 */
class FleetRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void oneHubOneDay_passesAndReconcilesEveryCall() throws Exception {
        StringWriter text = new StringWriter();
        int code = new FleetRun(new FleetOptions("normal-week", 1, 7, 1, dir.resolve("run"), WAIT, "all"),
                new PrintWriter(text, true), false).run();

        assertThat(code).as(text.toString()).isZero();
        JsonNode summary = JSON.readTree(dir.resolve("run/summary.json").toFile());
        assertThat(summary.path("passed").asBoolean()).isTrue();
        JsonNode hub = summary.path("results").get(0);
        assertThat(hub.path("events_accepted").asLong()).isEqualTo(hub.path("events_played").asLong()).isPositive();
        assertThat(hub.path("calls_counted").asLong() + hub.path("calls_dropped").asLong())
                .isEqualTo(hub.path("calls_played").asLong());
        // a usage and a health report per simulated hour, every one opened
        assertThat(usageReports(hub)).isGreaterThanOrEqualTo(24);
        assertThat(hub.path("reports_refused").asInt()).isZero();
        assertThat(dir.resolve("run/junit.xml")).exists();
        assertThat(dir.resolve("run/report.html")).exists();
        assertThat(dir.resolve("run/hub-0/agent.properties")).exists();
    }

    @Test
    void fiftyHubsThroughBrokerRestarts_everyHubReconciles() throws Exception {
        StringWriter text = new StringWriter();
        int code = new FleetRun(new FleetOptions("broker-flaps", 50, 11, 1, dir.resolve("run"), WAIT, "all"),
                new PrintWriter(text, true), false).run();

        assertThat(code).as(text.toString()).isZero();
        JsonNode summary = JSON.readTree(dir.resolve("run/summary.json").toFile());
        assertThat(summary.path("faults_applied")).hasSize(2); // the first day's two broker restarts
        assertThat(summary.path("faults_applied").get(0).path("kind").asText()).isEqualTo("broker_restart");
        assertThat(summary.path("results")).hasSize(50);
        for (JsonNode hub : summary.path("results")) {
            assertThat(hub.path("problems")).as("hub %s", hub.path("hub")).isEmpty();
            assertThat(hub.path("calls_counted").asLong() + hub.path("calls_dropped").asLong())
                    .isEqualTo(hub.path("calls_played").asLong());
            assertThat(usageReports(hub)).isGreaterThanOrEqualTo(24);
        }
    }

    @Test
    void agentKillAndClockJump_areAppliedAndEveryCallStillReconciles() throws Exception {
        StringWriter text = new StringWriter();
        int code = new FleetRun(new FleetOptions("broker-flaps", 3, 11, 2, dir.resolve("run"), WAIT,
                "agent_kill,clock_jump,disk_full"), new PrintWriter(text, true), false).run();

        assertThat(code).as(text.toString()).isZero();
        JsonNode summary = JSON.readTree(dir.resolve("run/summary.json").toFile());
        assertThat(summary.path("faults_applied").findValuesAsText("kind"))
                .containsExactly("agent_kill", "clock_jump");
        JsonNode diskFull = null;
        for (JsonNode f : summary.path("faults_skipped")) {
            diskFull = f.path("kind").asText().equals("disk_full") ? f : diskFull;
        }
        assertThat(diskFull).as("disk_full is listed as skipped").isNotNull();
        assertThat(diskFull.path("reason").asText()).startsWith("fleet mode:");
        int kills = 0;
        for (JsonNode hub : summary.path("results")) {
            kills += hub.path("kills").asInt();
            assertThat(hub.path("problems")).as("hub %s", hub.path("hub")).isEmpty();
            assertThat(hub.path("calls_counted").asLong() + hub.path("calls_dropped").asLong())
                    .isEqualTo(hub.path("calls_played").asLong());
        }
        assertThat(kills).isEqualTo(1); // 10 % of 3 hubs is at least one
    }

    @Test
    void sameSeed_givesTheSameFiguresOnASecondRun() throws Exception {
        List<String> first = figures(run("first"));
        List<String> second = figures(run("second"));

        assertThat(second).isEqualTo(first);
    }

    private JsonNode run(String name) throws Exception {
        StringWriter text = new StringWriter();
        int code = new FleetRun(new FleetOptions("broker-flaps", 3, 5, 1, dir.resolve(name), WAIT, "all"),
                new PrintWriter(text, true), false).run();
        assertThat(code).as(text.toString()).isZero();
        return JSON.readTree(dir.resolve(name + "/summary.json").toFile());
    }

    /** What a reader of the summary compares between two runs: per hub, what was played, accepted and counted. */
    private static List<String> figures(JsonNode summary) {
        List<String> out = new ArrayList<>();
        for (JsonNode hub : summary.path("results")) {
            out.add(hub.path("hub") + ": played " + hub.path("events_played") + " accepted "
                    + hub.path("events_accepted") + " calls " + hub.path("calls_played") + "/"
                    + hub.path("calls_counted") + "/" + hub.path("calls_dropped") + " usage reports "
                    + usageReports(hub) + " by type " + hub.path("played"));
        }
        return out;
    }

    private static int usageReports(JsonNode hub) {
        for (JsonNode check : hub.path("checks")) {
            Matcher m = Pattern.compile("\\((\\d+) usage\\)").matcher(check.path("message").asText());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }
}
