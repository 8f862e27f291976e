package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.await;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.testing.FakeClock;
import com.ooma.telo.agent.testing.MoquetteBroker;
import com.ooma.telo.agent.testing.MosquittoBroker;
import com.ooma.telo.agent.testing.Subscriber;
import com.ooma.telo.agent.testing.TestAgent;
import com.ooma.telo.agent.testing.TestBroker;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Health reports depend only on the device, the network and the agent (docs/design.md, the call-timing rule): two
 * runs that play the same device events, and differ only in how many calls happen and when, publish health reports
 * whose opened content is identical and whose sealed sizes are equal, at every consent level that sends health. The
 * agent runs in-process against an embedded broker with an injected clock; the backend side opens what the broker
 * delivered.
 */
class HealthIndependenceTest {
    private static final Instant START = Instant.parse("2026-11-26T23:00:00Z");
    private static final int WINDOWS = 6; // 23:00 to 00:30: the day (and at full, its usage report) closes midway

    /** The same device, network and agent events in every run and every window. */
    private static final List<String> DEVICE = List.of(
            "{\"type\":\"sip.register\",\"ts\":1,\"response_code\":200,\"latency_ms\":80}",
            "{\"type\":\"dect.link\",\"ts\":1,\"rssi_dbm\":-71}",
            "{\"type\":\"network.rtt\",\"ts\":1,\"rtt_ms\":41}",
            "{\"type\":\"system.resources\",\"ts\":1,\"cpu_pct\":12,\"mem_free_kb\":52000,\"storage_writes_kb\":30}",
            "{\"type\":\"voicemail.left\",\"ts\":1}",
            "not json at all");

    /** Everything a call makes the hub send, including its broken forms. */
    private static final List<String> ONE_CALL = List.of(
            "{\"type\":\"call.setup\",\"ts\":1,\"direction\":\"outbound\",\"post_dial_delay_ms\":90000,"
                    + "\"active_calls\":1,\"from\":\"sip:+16505550142@ex.com\",\"privacy\":\"id\"}",
            "{\"type\":\"call.quality\",\"ts\":1,\"codec\":\"opus\",\"mos_lq\":4.3,\"r_factor\":92,"
                    + "\"packet_loss_pct\":0.1,\"jitter_ms\":4,\"round_trip_ms\":60,\"remote_addr\":\"203.0.113.9\"}",
            "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inbound\",\"disposition\":\"answered\","
                    + "\"remote_number\":\"+1 650 555 0142\",\"duration_ms\":61000,\"sip_code\":486,\"x\":1}",
            "{\"type\":\"call.ended\",\"ts\":1,\"disposition\":\"answered\"}",
            "{\"type\":\"call.transferred\",\"ts\":1}",
            "{\"type\":\"call.ended\",\"ts\":\"yesterday\"}",
            "",
            "{\"type\":\"call.ended\",\"ts\":1,\"big\":123456789012345678901234567890,\"direction\":\"outbound\","
                    + "\"disposition\":\"busy\",\"remote_number\":\"911\"}");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"essential", "full"})
    void healthReports_areIdentical_whateverTheNumberAndTimesOfCalls(String consent) throws Exception {
        Run quiet = play(dir.resolve("quiet"), consent, new int[] {0, 1, 0, 0, 0, 0});
        Run busy = play(dir.resolve("busy"), consent, new int[] {5, 0, 3, 9, 0, 2});

        assertThat(quiet.health()).hasSize(WINDOWS + 1); // the last one closed at shutdown
        assertThat(busy.health()).as("opened health reports, minus window bounds")
                .containsExactlyElementsOf(quiet.health());
        assertThat(busy.healthSizes()).as("sealed sizes").isEqualTo(quiet.healthSizes());
        assertThat(busy.health()).anySatisfy(r -> assertThat(r.path("agent.events_in").asLong()).isPositive());
        if (consent.equals("full")) {
            assertThat(busy.usageCalls()).as("the calls did arrive, in the daily usage report").isEqualTo(2 * 19);
            assertThat(quiet.usageCalls()).isEqualTo(2);
        } else {
            assertThat(busy.usageCalls()).as("nothing of calls leaves at essential").isZero();
        }
    }

    /** What the backend received from one run. */
    private record Run(List<JsonNode> health, List<Integer> healthSizes, long usageCalls) {
    }

    /** Plays {@link #WINDOWS} quarter hours: the device events in each, and {@code calls[i]} calls in window i. */
    private Run play(Path home, String consent, int[] calls) throws Exception {
        TestAgent keys = TestAgent.in(home);
        FakeClock clock = new FakeClock(START);
        try (TestBroker broker = broker(home);
             Subscriber backend = new Subscriber(broker.uri(), "telo/v1/+/+")) {
            AgentPipeline agent = AgentPipeline.start(ConfigLoader.load(null,
                    keys.config(broker.uri(), "consent.level=" + consent)), clock.agentClock(), new SecureRandom());
            await("connected", () -> counter(agent, "publish.connects") == 1);
            long lines = 0;
            for (int w = 0; w < WINDOWS; w++) {
                List<String> window = new ArrayList<>(DEVICE);
                for (int c = 0; c < calls[w]; c++) {
                    window.addAll(c % 2 == 0 ? 0 : window.size(), ONE_CALL); // calls before and after the rest
                }
                lines += send(agent, window, calls[w] > 0);
                long expected = lines;
                await("every line handled", () -> handled(agent) == expected);
                clock.advance(Duration.ofMinutes(15));
                int reports = w + 1 + (consent.equals("full") && w >= 3 ? 1 : 0);
                await("reports published and acknowledged", () -> counter(agent, "publish.acked") == reports);
            }
            agent.shutdown(Duration.ofSeconds(10));
            int total = WINDOWS + 1 + (consent.equals("full") ? 2 : 0) + 1; // + the birth at connect
            assertThat(backend.await(m -> m.size() == total, Duration.ofSeconds(10))).as("all arrived").isTrue();
            return open(keys, clock, backend.messages());
        }
    }

    /**
     * Mosquitto where installed (as on CI): the comparison needs both runs to connect exactly once, and embedded
     * Moquette 0.17 now and then drops a connection that subscribes right after its CONNACK.
     */
    private static TestBroker broker(Path home) throws Exception {
        java.util.Optional<Path> mosquitto = MosquittoBroker.find();
        if (mosquitto.isPresent()) {
            java.nio.file.Files.createDirectories(home);
            return MosquittoBroker.start(mosquitto.get(), home);
        }
        return MoquetteBroker.start();
    }

    /** Sends one window's lines; with calls, the connection also ends in a call event cut short. */
    private static int send(AgentPipeline agent, List<String> lines, boolean cutShort) throws Exception {
        String text = String.join("\n", lines) + "\n"
                + (cutShort ? "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inb" : "");
        try (Socket s = new Socket(agent.ingestAddress().getAddress(), agent.ingestAddress().getPort());
             OutputStream out = s.getOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return lines.size() + (cutShort ? 1 : 0);
    }

    /** Lines the agent has finished with, whatever became of them. */
    private static long handled(AgentPipeline agent) {
        long n = 0;
        for (Map.Entry<String, Long> e : agent.counters().entrySet()) {
            String k = e.getKey();
            if (k.equals("events_counted") || k.equals("redact.events_unknown_type")
                    || k.startsWith("redact.events_invalid.") || k.equals("events_ignored.consent")
                    || List.of("malformed", "truncated", "blank", "oversize", "queue_full")
                            .contains(k.replace("ingest.", ""))) {
                n += e.getValue();
            }
        }
        return n;
    }

    private static Run open(TestAgent keys, FakeClock clock, List<Subscriber.Message> messages) throws Exception {
        EnvelopeOpener opener = EnvelopeOpener.load(keys.backend("backend-kem.pem"),
                keys.device("device-signing.pub.pem"), clock);
        List<JsonNode> health = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long usageCalls = 0;
        for (Subscriber.Message m : messages) {
            OpenResult r = opener.open(m.payload());
            assertThat(r).isInstanceOf(OpenResult.Opened.class);
            JsonNode report = new CBORMapper().readTree(((OpenResult.Opened) r).plaintext());
            if (m.topic().endsWith("/health")) {
                ((ObjectNode) report).remove(List.of("start", "end"));
                health.add(report);
                sizes.add(m.payload().length);
            } else if (m.topic().endsWith("/usage")) {
                for (JsonNode c : report.get("calls")) {
                    usageCalls += c.get("n").asLong();
                }
            }
        }
        return new Run(health, sizes, usageCalls);
    }
}
