package com.ooma.telo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.testing.TestAgent;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import com.ooma.telo.agent.testing.FakeClock;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline in-process with a fake clock and no reachable broker; reports are read back from the spool. */
class AgentPipelineTest {
    /** One line per event type, together driving every registered metric. */
    static final List<String> EVERY_METRIC = List.of(
            "{\"type\":\"call.setup\",\"ts\":1,\"direction\":\"outbound\",\"post_dial_delay_ms\":90000,"
                    + "\"active_calls\":2,\"from\":\"sip:+16505550142@ex.com\",\"privacy\":\"id\"}",
            "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inbound\",\"disposition\":\"answered\","
                    + "\"remote_number\":\"+1 650 555 0142\",\"remote_name\":\"Jane Roe\",\"started_at\":1764158400000,"
                    + "\"duration_ms\":61000,\"sip_code\":200,\"forwarded\":true,\"dtmf\":\"4111\"}",
            "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inbound\",\"disposition\":\"blocked\","
                    + "\"remote_number\":\"650-555-0142\",\"blocked_by\":\"spam_filter\",\"sip_code\":603}",
            "{\"type\":\"call.quality\",\"ts\":1,\"codec\":\"opus\",\"mos_lq\":4.3,\"r_factor\":92,"
                    + "\"packet_loss_pct\":0.1,\"jitter_ms\":4,\"round_trip_ms\":60,\"remote_addr\":\"203.0.113.9\"}",
            "{\"type\":\"sip.register\",\"ts\":1,\"response_code\":401,\"latency_ms\":80,\"aor\":\"sip:+1650@x\"}",
            "{\"type\":\"dect.status\",\"ts\":1,\"registered\":2}",
            "{\"type\":\"dect.subscription\",\"ts\":1,\"action\":\"subscribed\",\"ipei\":\"0123456789\"}",
            "{\"type\":\"dect.link\",\"ts\":1,\"rssi_dbm\":-71,\"out_of_range\":true}",
            "{\"type\":\"network.wan\",\"ts\":1,\"state\":\"up\",\"wan_ip\":\"100.64.3.3\",\"outage_ms\":95000}",
            "{\"type\":\"network.dns_failure\",\"ts\":1,\"reason\":\"timeout\",\"qname\":\"jane.example\"}",
            "{\"type\":\"network.rtt\",\"ts\":1,\"rtt_ms\":41}",
            "{\"type\":\"system.boot\",\"ts\":1,\"reason\":\"watchdog\",\"firmware\":\"7.1.0\"}",
            "{\"type\":\"system.resources\",\"ts\":1,\"cpu_pct\":12,\"mem_free_kb\":52000,\"storage_writes_kb\":30}",
            "{\"type\":\"system.config_changed\",\"ts\":1,\"setting\":\"forwarding\",\"value\":\"+16505550142\"}",
            "{\"type\":\"voicemail.left\",\"ts\":1}",
            "{\"type\":\"call.transferred\",\"ts\":1,\"to\":\"+16505550142\"}",
            "not json at all");
    /** Lines of {@link #EVERY_METRIC} that do not parse or have no schema: the rest are counted. */
    static final int NOT_COUNTED = 3;

    @TempDir
    Path dir;

    static AgentConfig config(Path dir, String... extra) throws Exception {
        return ConfigLoader.load(null, configSets(dir, extra));
    }

    /** {@code --set} values for an agent in {@code dir}, with keys generated on first use; no reachable broker. */
    static List<String> configSets(Path dir, String... extra) throws Exception {
        return TestAgent.in(dir).config("tcp://127.0.0.1:1", extra);
    }

    static void send(AgentPipeline agent, List<String> lines) throws Exception {
        try (Socket s = new Socket(agent.ingestAddress().getAddress(), agent.ingestAddress().getPort());
             OutputStream out = s.getOutputStream()) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    static long counter(AgentPipeline agent, String name) {
        return agent.counters().getOrDefault(name, 0L);
    }

    /** Opened reports from the spool, in order, with their sealed lengths. */
    static List<Opened> openSpool(Path dir, Clock clock) throws Exception {
        EnvelopeOpener opener = EnvelopeOpener.load(dir.resolve("be/backend-kem.pem"),
                dir.resolve("dev/device-signing.pub.pem"), clock);
        List<Opened> out = new ArrayList<>();
        try (Spool spool = Spool.open(dir.resolve("spool"), 8 << 20)) {
            for (SpoolRecord r : spool.pending()) {
                OpenResult o = opener.open(r.sealed());
                assertThat(o).isInstanceOf(OpenResult.Opened.class);
                out.add(new Opened(r.channel(), r.sealed().length,
                        new CBORMapper().readTree(((OpenResult.Opened) o).plaintext())));
            }
        }
        return out;
    }

    record Opened(String channel, int sealedLength, JsonNode report) {
    }

    static boolean nonEmpty(JsonNode v) {
        return v != null && (v.isNumber() ? v.asLong() != 0 : v.isArray() ? !v.isEmpty() : v.path("n").asLong() > 0);
    }

    @Test
    void everyRegisteredMetric_isDrivenByIngestEvents_andAppearsInAnOpenedReport() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir), clock.agentClock(), new SecureRandom());
        send(agent, EVERY_METRIC);
        await("every event handled", () -> counter(agent, "events_counted") == EVERY_METRIC.size() - NOT_COUNTED
                && counter(agent, "redact.events_unknown_type") == 2);
        await("a failed broker connect", () -> counter(agent, "publish.connect_failures") > 0);
        clock.advance(Duration.ofDays(1)); // closes the busy day (and its health window)
        await("the busy day spooled", () -> counter(agent, "reports_spooled.usage") == 1);
        agent.shutdown(Duration.ZERO); // closes the next, empty, day

        List<Opened> reports = openSpool(dir, clock);
        for (Metric m : Metric.values()) {
            if (m == Metric.METRIC_DROPS) {
                continue; // device values stay within their clamps: see budgetRefusal_isCountedOnHealth
            }
            if (m == Metric.FAULTS) {
                continue; // needs a damaged spool: SpoolPressureTest.spoolDamageFoundAtStart_reachesTheNextHealthReport
            }
            String channel = m.def().channel().label();
            assertThat(reports).as(m.def().name())
                    .anyMatch(r -> r.channel().equals(channel) && nonEmpty(r.report().get(m.def().name())));
        }
        List<Opened> usage = reports.stream().filter(r -> r.channel().equals("usage")).toList();
        assertThat(usage).hasSize(2);
        assertThat(usage.get(0).report().get("calls").size()).as("the busy day").isEqualTo(2);
        assertThat(usage.get(1).report().get("calls").size()).as("the empty day").isZero();
        assertThat(usage.get(0).sealedLength()).as("sealed sizes").isEqualTo(usage.get(1).sealedLength());
        assertThat(reports).allSatisfy(r -> assertThat(r.report().get("kind").asText()).isEqualTo(r.channel()));
    }

    @Test
    void reports_neverCarryWhatRedactionRemoved() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir), clock.agentClock(), new SecureRandom());
        send(agent, EVERY_METRIC);
        await("every event handled", () -> counter(agent, "events_counted") == EVERY_METRIC.size() - NOT_COUNTED);
        agent.shutdown(Duration.ZERO);
        for (Opened r : openSpool(dir, clock)) {
            assertThat(r.report().toString()).doesNotContain("555", "Jane", "4111", "jane.example", "100.64",
                    "203.0.113", "0123456789");
        }
    }

    @Test
    void localDp_whenConfigured_noisesUsageAndStampsTheEpsilonSpent() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir, "privacy.daily_epsilon=2.5"), clock.agentClock(),
                new SecureRandom());
        send(agent, EVERY_METRIC);
        await("every event handled", () -> counter(agent, "events_counted") == EVERY_METRIC.size() - NOT_COUNTED);
        agent.shutdown(Duration.ZERO);
        JsonNode usage = openSpool(dir, clock).stream().filter(r -> r.channel().equals("usage")).findFirst()
                .orElseThrow().report();
        assertThat(usage.get("dp").asLong()).isEqualTo(1_250_000);
        assertThat(usage.get("calls").size()).as("noise reaches cells no call touched").isGreaterThan(2);
    }

    @Test
    void budgetRefusal_isCountedOnHealth_andTheNoisedMetricsAreWithheld() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir, "privacy.daily_epsilon=1.0"), clock.agentClock(),
                new SecureRandom()); // less than one usage report spends (1.25)
        send(agent, EVERY_METRIC);
        await("every event handled", () -> counter(agent, "events_counted") == EVERY_METRIC.size() - NOT_COUNTED);
        agent.shutdown(Duration.ZERO);
        List<Opened> reports = openSpool(dir, clock);
        JsonNode usage = reports.stream().filter(r -> r.channel().equals("usage")).findFirst().orElseThrow().report();
        assertThat(usage.get("calls").isEmpty()).as("noised counts withheld").isTrue();
        assertThat(usage.get("call.duration_s").path("n").asLong()).as("exact distributions stay").isEqualTo(1);
        JsonNode health = reports.get(reports.size() - 1).report();
        assertThat(health.get("kind").asText()).isEqualTo("health");
        assertThat(health.get(Metric.METRIC_DROPS.def().name()).toString()).contains("budget_refused");
    }

    @Test
    void usageReport_waitsOutItsJitter_healthDoesNot() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
        Random half = new Random() {
            @Override
            public double nextDouble() {
                return 0.5;
            }
        };
        AgentPipeline agent = AgentPipeline.start(config(dir, "report.jitter=PT30M"), clock.agentClock(), half);
        clock.advance(Duration.ofHours(12)); // midnight: the day closes
        await("health spooled", () -> counter(agent, "reports_spooled.health") >= 1);
        assertThat(counter(agent, "reports_spooled.usage")).isZero();
        clock.advance(Duration.ofMinutes(14));
        send(agent, List.of(EVERY_METRIC.get(10))); // the worker releases due reports right after an event
        await("the event handled", () -> counter(agent, "events_counted") == 1);
        assertThat(counter(agent, "reports_spooled.usage")).as("14 of its 15 jitter minutes").isZero();
        clock.advance(Duration.ofMinutes(1));
        await("usage spooled after 15 minutes", () -> counter(agent, "reports_spooled.usage") == 1);
        agent.shutdown(Duration.ZERO);
    }
}
