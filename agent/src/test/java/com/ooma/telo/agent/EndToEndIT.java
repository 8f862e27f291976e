package com.ooma.telo.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.encode.ReportEncoder;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.testing.MoquetteBroker;
import com.ooma.telo.agent.testing.MosquittoBroker;
import com.ooma.telo.agent.testing.Subscriber;
import com.ooma.telo.agent.testing.TestAgent;
import com.ooma.telo.agent.testing.TestBroker;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path against real brokers: events over the ingest socket, sealed reports over MQTT, opened with the
 * backend's key. Runs against a real Mosquitto process (required under CI=true) and against embedded Moquette.
 */
class EndToEndIT {
    private static final String[] NUMBERS = {"(650) 555-0142", "+1 415 555 0199", "1-800-555-0123", "911",
        "011 44 20 7946 0000", "anonymous"};

    @TempDir
    Path dir;

    @Test
    void mosquitto_receivesSealedReportsThatCountEveryCall() throws Exception {
        Optional<Path> binary = MosquittoBroker.find();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(binary).as("mosquitto must be installed under CI=true (.ci/run installs it)").isPresent();
        }
        assumeTrue(binary.isPresent(), "mosquitto not installed; .ci/run installs it");
        try (TestBroker broker = MosquittoBroker.start(binary.get(), dir)) {
            runAgainst(broker);
        }
    }

    @Test
    void moquette_receivesSealedReportsThatCountEveryCall() throws Exception {
        try (TestBroker broker = MoquetteBroker.start()) {
            runAgainst(broker);
        }
    }

    private void runAgainst(TestBroker broker) throws Exception {
        TestAgent keys = TestAgent.in(dir);
        String id = keys.deviceId();
        AgentConfig cfg = ConfigLoader.load(null, keys.config(broker.uri(), "device.timezone=America/Los_Angeles",
                "report.health.interval=PT1S"));

        try (Subscriber backend = new Subscriber(broker.uri(), "telo/v1/+/+")) {
            AgentPipeline agent = AgentPipeline.start(cfg, Clock.systemUTC(), new SecureRandom());
            int calls = sendCalls(agent, 30);
            agent.shutdown(Duration.ofSeconds(10));

            assertThat(backend.await(m -> m.stream().anyMatch(x -> x.topic().endsWith("/usage")),
                    Duration.ofSeconds(10))).as("a usage report arrived").isTrue();
            EnvelopeOpener opener = EnvelopeOpener.load(keys.backend("backend-kem.pem"),
                    keys.device("device-signing.pub.pem"));
            long counted = 0;
            int health = 0;
            int births = 0;
            for (Subscriber.Message m : backend.messages()) {
                assertThat(m.topic()).matches("telo/v1/" + id + "/(usage|health|state)");
                assertThat(new String(m.payload(), StandardCharsets.ISO_8859_1)).doesNotContain("555", "Roe");
                OpenResult r = opener.open(m.payload());
                assertThat(r).isInstanceOf(OpenResult.Opened.class);
                JsonNode report = new CBORMapper().readTree(((OpenResult.Opened) r).plaintext());
                if (m.topic().endsWith("/state")) {
                    // the birth message, once per connect: which agent runs and what waits in its spool
                    assertThat(report.get("kind").asText()).isEqualTo("birth");
                    births++;
                    continue;
                }
                assertThat(report.get("kind").asText()).isEqualTo(m.topic().substring(m.topic().lastIndexOf('/') + 1));
                if (report.get("kind").asText().equals("usage")) {
                    // header 82 + padded payload + AEAD tag 16 + signature 64: the same length every day
                    assertThat(m.payload()).hasSize(82 + ReportEncoder.usageBytes() + 16 + 64);
                    for (JsonNode c : report.get("calls")) {
                        counted += c.get("n").asLong();
                    }
                } else {
                    health++;
                }
            }
            assertThat(counted).isEqualTo(calls);
            assertThat(health).isPositive();
            assertThat((long) births).as("one birth message per connect").isPositive()
                    .isEqualTo(agent.counters().get("publish.births"));
            for (Path f : Files.walk(dir.resolve("spool")).filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("555");
            }
        }
    }

    /** Sends {@code n} calls plus one malformed line; waits until the agent has taken in all of them. */
    private static int sendCalls(AgentPipeline agent, int n) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("{\"type\":\"call.ended\",\"ts\":" + (1_764_170_000_000L + i) + ",\"direction\":\""
                    + (i % 3 == 0 ? "outbound" : "inbound") + "\",\"remote_number\":\"" + NUMBERS[i % NUMBERS.length]
                    + "\",\"remote_name\":\"Jane Roe\",\"disposition\":\"" + (i % 2 == 0 ? "answered" : "no_answer")
                    + "\",\"started_at\":1764169000000,\"duration_ms\":" + (i * 7_000) + "}");
        }
        lines.add("this line is not JSON");
        try (Socket s = new Socket(agent.ingestAddress().getAddress(), agent.ingestAddress().getPort());
             OutputStream out = s.getOutputStream()) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (agent.counters().getOrDefault("calls_counted", 0L) < n
                || agent.counters().getOrDefault("ingest.malformed", 0L) < 1) { // the last line may still be in flight
            assertThat(System.nanoTime()).as("agent took in every event").isLessThan(deadline);
            Thread.onSpinWait();
        }
        assertThat(agent.counters()).containsEntry("ingest.malformed", 1L);
        return n;
    }
}
