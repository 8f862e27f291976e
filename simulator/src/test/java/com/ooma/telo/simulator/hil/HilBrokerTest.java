package com.ooma.telo.simulator.hil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.TeloSimulator;
import com.ooma.telo.simulator.testing.Mosquitto;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hil --broker URL --collectors 2} against a real Mosquitto: two hubs' agents publish through their own
 * proxies to it, two live collectors split the fleet on one {@code $share} subscription and receipt what they store;
 * every report is opened exactly once between them, each hub reconciles exactly, every spool empties through
 * receipts, and the broker restarts of the scenario are listed as not applied (hil does not own that broker).
 */
class HilBrokerTest {

    @TempDir
    Path tmp;

    @Test
    void externalMosquitto_twoCollectorsOnASharedSubscription_openEachReportOnce_andReceiptEverySpool()
            throws Exception {
        Path out = tmp.resolve("run");
        JsonNode summary;
        try (Mosquitto broker = Mosquitto.startOrSkip(Files.createDirectories(tmp.resolve("broker")))) {
            StringWriter o = new StringWriter();
            CommandLine cmd = TeloSimulator.newCommandLine();
            cmd.setOut(new PrintWriter(o, true));
            cmd.setErr(new PrintWriter(o, true));
            int code = cmd.execute("hil", "--scenario", "broker-flaps", "--hubs", "2", "--days", "1", "--seed", "11",
                    "--broker", broker.uri(), "--collectors", "2", "--day-length", "PT15S", "--out", out.toString());
            assertThat(code).as(o.toString()).isZero();
            summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        }

        JsonNode delivery = summary.path("delivery");
        assertThat(delivery.path("broker").asText()).startsWith("tcp://127.0.0.1:");
        assertThat(delivery.path("collectors").asInt()).isEqualTo(2);
        List<Integer> perCollector = new ArrayList<>();
        delivery.path("stored_by_collector").forEach(n -> perCollector.add(n.asInt()));
        assertThat(perCollector).as("the broker split the fleet's messages between both members").hasSize(2)
                .allSatisfy(n -> assertThat(n).isPositive());
        int opened = 0;
        for (JsonNode hub : summary.path("results")) {
            opened += hub.path("reports_opened").asInt();
            assertThat(hub.path("calls_played").asLong()).as("a report stored twice would count its calls twice")
                    .isPositive().isEqualTo(hub.path("calls_counted").asLong());
            assertThat(hub.path("reports_refused").asInt()).isZero();
            assertThat(hub.path("delivery").path("spool_empty_at_exit").asBoolean()).isTrue();
        }
        assertThat(perCollector.stream().mapToInt(Integer::intValue).sum())
                .as("every report opened exactly once between the two collectors").isEqualTo(opened);
        assertThat(delivery.path("receipts_sent").asInt()).isPositive();

        assertThat(summary.path("faults_applied")).isEmpty();
        assertThat(summary.path("faults_skipped")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.path("kind").asText()).isEqualTo("broker_restart");
            assertThat(f.path("reason").asText()).contains("--broker URL");
        });
    }
}
