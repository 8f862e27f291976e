package com.ooma.telo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.event.EventTypes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hil} against the live agent: two households of one simulated day, every declared event type played, each
 * hub's calls counted in its own opened reports, no canary or played value found anywhere, summary.json written.
 */
class HilCommandTest {

    @TempDir
    Path out;

    @Test
    void hil_twoHubsOneDay_reconcilesEveryHubAndLeaksNothing() throws IOException {
        Run run = hil("hil", "--scenario", "normal-week", "--hubs", "2", "--days", "1", "--seed", "5",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        assertThat(run.output()).containsPattern("hil: scenario=normal-week hubs=2 days=1 calls played=(\\d+)"
                + " calls counted=\\1 leaks=0 faults applied=0 skipped=0 PASSED");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("passed").asBoolean()).isTrue();
        assertThat(summary.path("seed").asLong()).isEqualTo(5);
        assertThat(summary.path("results")).hasSize(2);
        for (JsonNode hub : summary.path("results")) {
            assertThat(hub.path("calls_played").asLong()).isPositive()
                    .isEqualTo(hub.path("calls_counted").asLong());
            assertThat(hub.path("events_accepted").asLong()).isEqualTo(hub.path("events_played").asLong());
            assertThat(hub.path("leaks")).isEmpty();
            for (String type : EventTypes.DECLARED) {
                if (EventTypes.isFuture(type)) {
                    continue; // opt-in (diag.log): off in normal-week, checked below
                }
                assertThat(hub.path("played").path(type).asLong()).as(type).isPositive();
            }
            assertThat(hub.path("played").has(EventTypes.DIAG_LOG)).as("diag.log is off in normal-week").isFalse();
        }
        assertThat(summary.path("results").get(0).path("device_id").asText())
                .isNotEqualTo(summary.path("results").get(1).path("device_id").asText());

        // The default is receipt mode: each report left its agent's spool only through a signed receipt from the
        // run's live collector, and both agents exited with empty spools.
        JsonNode delivery = summary.path("delivery");
        assertThat(delivery.path("ack").asText()).isEqualTo("receipt");
        assertThat(delivery.path("broker").asText()).isEqualTo("embedded");
        assertThat(delivery.path("receipts_sent").asInt()).isPositive();
        int opened = 0;
        for (JsonNode hub : summary.path("results")) {
            opened += hub.path("reports_opened").asInt();
            assertThat(hub.path("delivery").path("spool_empty_at_exit").asBoolean()).isTrue();
            assertThat(hub.path("delivery").path("awaiting_receipt_at_stop").asLong()).isZero();
            assertThat(hub.path("checks").findValuesAsText("name")).contains("spool receipted");
        }
        assertThat(delivery.path("seqs_receipted").asInt()).as("every opened report was receipted")
                .isGreaterThanOrEqualTo(opened);
        assertThat(delivery.path("spools_empty_at_exit").asInt()).isEqualTo(2);
    }

    @Test
    void hil_refusesSeveralCollectorsOnTheEmbeddedBroker_anSslUrl_andAnUnreachableBroker() {
        Run shared = hil("hil", "--collectors", "2", "--out", out.toString());
        assertThat(shared.exitCode()).isEqualTo(2);
        assertThat(shared.errors()).contains("--collectors 2 needs --broker URL", "Mosquitto");
        Run ssl = hil("hil", "--broker", "ssl://broker.example:8883", "--out", out.toString());
        assertThat(ssl.exitCode()).isEqualTo(2);
        assertThat(ssl.errors()).contains("--broker must be embedded or tcp://host:port");
        Run ack = hil("hil", "--ack", "never", "--out", out.toString());
        assertThat(ack.errors()).contains("--ack must be receipt or broker");
        Run unreachable = hil("hil", "--broker", "tcp://127.0.0.1:1", "--out", out.toString());
        assertThat(unreachable.exitCode()).isEqualTo(2);
        assertThat(unreachable.output()).contains("broker tcp://127.0.0.1:1 refused or unreachable");
    }

    @Test
    void hil_refusesAnUnknownScenarioWithExit2() {
        Run run = hil("hil", "--scenario", "normal-weak", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("no scenario 'normal-weak'");
    }

    @Test
    void hil_modeFleet_runsTheHubsInProcessOnSimulatedTime() {
        Run run = hil("hil", "--mode", "fleet", "--scenario", "normal-week", "--hubs", "2", "--days", "1", "--seed",
                "5", "--out", out.toString());
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        assertThat(run.output()).contains("hil: fleet mode, scenario normal-week, 2 in-process hub(s)")
                .containsPattern("calls played=(\\d+) calls counted=\\1 leaks=0 .* PASSED");
    }

    @Test
    void hil_processModeRefusesMoreHubsThanFleetModeTakes() {
        Run process = hil("hil", "--hubs", "65", "--out", out.toString());
        assertThat(process.exitCode()).isEqualTo(2);
        assertThat(process.errors()).contains("--hubs must be 1..64");
        Run fleet = hil("hil", "--mode", "fleet", "--hubs", "2001", "--out", out.toString());
        assertThat(fleet.exitCode()).isEqualTo(2);
        assertThat(fleet.errors()).contains("--hubs must be 1..2000 in fleet mode");
    }

    @Test
    void help_listsTheHilOptions() {
        Run run = hil("hil", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("--mode", "--scenario", "--hubs", "--seed", "--out", "--days", "--broker",
                "--ack", "--collectors");
    }

    @Test
    void localDpOn_callsReconcileWithinTheNoiseBound_ofNoisedReports() throws IOException {
        Run run = hil("hil", "--scenario", "normal-week", "--hubs", "1", "--days", "1", "--seed", "11",
                "--dp-epsilon", "100", "--out", out.toString());
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        JsonNode hub = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("results").get(0);
        JsonNode calls = hub.path("checks").get(1);
        assertThat(calls.path("name").asText()).isEqualTo("calls reconciled");
        assertThat(calls.path("passed").asBoolean()).isTrue();
        assertThat(calls.path("message").asText()).as("the reports were noised, and the check says by how much")
                .containsPattern("with local DP noise on [1-9]\\d* cells: off by -?\\d+, within \\d+ \\(5 σ\\)");
    }

    @Test
    void fleetMode_refusesTheProcessModeDeliveryOptions_namingThem() {
        Run run = hil("hil", "--mode", "fleet", "--collectors", "2", "--out", "unused");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errors()).contains("--collectors applies to --mode process");
    }

    private record Run(int exitCode, String output, String errors) {}

    private static Run hil(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cmd = TeloSimulator.newCommandLine();
        cmd.setOut(new PrintWriter(o, true));
        cmd.setErr(new PrintWriter(e, true));
        int code = cmd.execute(args);
        return new Run(code, o.toString(), e.toString());
    }
}
