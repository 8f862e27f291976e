package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.await;
import static com.ooma.telo.agent.AgentPipelineTest.config;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static com.ooma.telo.agent.AgentPipelineTest.openSpool;
import static com.ooma.telo.agent.AgentPipelineTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.diag.HubLogIntake;
import com.ooma.telo.agent.diag.PersonalLines;
import com.ooma.telo.agent.log.RecentLines;
import com.ooma.telo.agent.status.StatusSnapshot;
import com.ooma.telo.agent.status.View;
import com.ooma.telo.agent.testing.FakeClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinylog.Logger;

/**
 * The hub floods {@code diag.log} with personal data in every form: none of it is found in any file the agent
 * wrote, in its own log lines, on the status page, {@code /status}, {@code /metrics}, or in any report; health counts
 * none of the lines; the LAN view shows nothing calls cause; consent off forgets what the page and a bundle hold.
 */
class HubLogFloodTest {
    private static final int LINES = 3_000;
    private static final int DEVICE_EVENTS = 5;

    @TempDir
    Path dir;

    private static List<String> flood() {
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < LINES; i++) {
            lines.add(json.createObjectNode().put("type", "diag.log").put("ts", 1_764_698_400_000L + i * 1_234L)
                    .put("level", "info").put("component", i % 2 == 0 ? "sipua" : "Jane Roe")
                    .put("message", PersonalLines.line(i)).toString());
        }
        for (int i = 0; i < DEVICE_EVENTS; i++) {
            lines.add("{\"type\":\"network.rtt\",\"ts\":1,\"rtt_ms\":41}");
        }
        lines.add("{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inbound\",\"disposition\":\"answered\","
                + "\"remote_number\":\"+1 650 555 0142\",\"duration_ms\":61000,\"sip_code\":200}");
        return lines;
    }

    private static String get(AgentPipeline agent, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + agent.statusAddress().orElseThrow().getPort() + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void assertNothingPersonal(String where, String text) {
        for (String v : PersonalLines.VALUES) {
            assertThat(text).as(where + " holds " + v).doesNotContainIgnoringCase(v);
        }
    }

    @Test
    void aFloodOfPersonalLines_leavesNoTraceAnywhere_andHealthCountsNoneOfThem() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T18:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir, "status.port=0"), clock.agentClock(), new SecureRandom());
        send(agent, flood());
        await("every line handled", () -> counter(agent, "diag.hub_lines.accepted") == LINES
                && counter(agent, "events_counted") == DEVICE_EVENTS + 1);
        assertThat(counter(agent, "diag.hub_lines.held")).isLessThanOrEqualTo(HubLogIntake.MAX_LINES);
        assertThat(counter(agent, "diag.hub_lines.evicted") + counter(agent, "diag.hub_lines.held"))
                .isEqualTo(LINES);
        assertThat(counter(agent, "diag.hub_lines.redactor_errors")).isZero();
        assertThat(counter(agent, "ingest.accepted.calls")).as("hub lines count as call-caused")
                .isEqualTo(LINES + 1);
        for (String path : List.of("/", "/status", "/metrics", "/healthz")) {
            assertNothingPersonal(path, get(agent, path));
        }
        clock.advance(Duration.ofMinutes(15));
        await("a health report", () -> counter(agent, "reports_spooled.health") >= 1);
        clock.advance(Duration.ofDays(1));
        await("the usage report", () -> counter(agent, "reports_spooled.usage") >= 1);
        agent.shutdown(Duration.ZERO);

        List<AgentPipelineTest.Opened> reports = openSpool(dir, clock);
        AgentPipelineTest.Opened firstHealth = reports.stream().filter(r -> r.channel().equals("health"))
                .findFirst().orElseThrow();
        assertThat(firstHealth.report().path("agent.events_in").asLong()).as("device events only")
                .isEqualTo(DEVICE_EVENTS);
        for (AgentPipelineTest.Opened r : reports) {
            assertNothingPersonal("an opened " + r.channel() + " report", r.report().toString());
        }
        assertNothingPersonal("the agent's own recent log lines", String.join("\n", RecentLines.agent().snapshot()));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertNothingPersonal(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void theLanView_showsNoCallFacts_whileLoopbackAtFullDoes() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T18:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir), clock.agentClock(), new SecureRandom());
        send(agent, flood());
        await("every line handled", () -> counter(agent, "events_counted") == DEVICE_EVENTS + 1);
        clock.advance(Duration.ofDays(1));
        await("a usage report", () -> counter(agent, "reports_spooled.usage") >= 1);
        AgentStatus status = agent.statusSource();

        StatusSnapshot loopback = status.snapshot(View.LOOPBACK);
        assertThat(loopback.showsCalls()).isTrue();
        assertThat(loopback.counters()).containsKeys("calls_counted", "ingest.accepted.calls",
                "diag.hub_lines.accepted");
        assertThat(loopback.lastUsage()).isPresent();

        StatusSnapshot lan = status.snapshot(View.LAN);
        assertThat(lan.lastUsage()).isEmpty();
        assertThat(lan.lastHealth()).isPresent();
        assertThat(lan.counters().keySet()).noneMatch(k -> k.contains("call") || k.startsWith("diag.hub_lines")
                || k.contains("usage"));
        assertThat(lan.counters().get("ingest.accepted")).as("the device's share").isEqualTo(DEVICE_EVENTS);
        assertThat(status.json(View.LAN)).doesNotContain("calls", "diag.hub_lines", "usage")
                .contains("\"events_accepted\":" + DEVICE_EVENTS, "\"view\":\"lan\"");
        agent.setConsent(ConsentLevel.ESSENTIAL);
        assertThat(status.snapshot(View.LOOPBACK).showsCalls()).as("below full, not even on loopback").isFalse();
        assertThat(status.snapshot(View.LOOPBACK).lastUsage()).isEmpty();
        agent.close();
    }

    @Test
    void consentOff_forgetsTheRings_theLastReports_andTodaysTally() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T18:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir), clock.agentClock(), new SecureRandom());
        send(agent, flood());
        await("every line handled", () -> counter(agent, "events_counted") == DEVICE_EVENTS + 1);
        clock.advance(Duration.ofMinutes(15));
        await("a health report", () -> counter(agent, "reports_spooled.health") >= 1);
        Logger.info("marker line before consent off");
        AgentStatus status = agent.statusSource();
        assertThat(status.snapshot(View.LOOPBACK).lastHealth()).isPresent();
        assertThat(status.snapshot(View.LOOPBACK).today().get("ingest.accepted")).isGreaterThan(0);

        agent.setConsent(ConsentLevel.OFF);
        assertThat(counter(agent, "diag.hub_lines.held")).isZero();
        assertThat(RecentLines.agent().snapshot()).noneMatch(l -> l.contains("marker line before consent off"));
        StatusSnapshot after = status.snapshot(View.LOOPBACK);
        assertThat(after.lastHealth()).isEmpty();
        assertThat(after.lastUsage()).isEmpty();
        assertThat(after.today().values()).allMatch(v -> v == 0);
        agent.close();
    }
}
