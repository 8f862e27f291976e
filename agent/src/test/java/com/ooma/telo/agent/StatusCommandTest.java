package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.config;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.cli.TeloAgent;
import com.ooma.telo.agent.testing.FakeClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code telo-agent status} against a running agent: the JSON facts; and a clear failure when none runs. */
class StatusCommandTest {
    @TempDir
    Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = TeloAgent.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void status_printsTheRunningAgentsFacts() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T18:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir, "status.port=0"), clock.agentClock(), new SecureRandom());
        clock.advance(Duration.ofSeconds(90));
        StringWriter out = new StringWriter();
        int port = agent.statusAddress().orElseThrow().getPort();
        int exit = run(out, new StringWriter(), "status", "--port", Integer.toString(port));
        agent.close();
        assertThat(exit).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("device_id").asText()).matches("[0-9a-f]{32}");
        assertThat(j.get("consent").asText()).isEqualTo("full");
        assertThat(j.get("uptime_s").asLong()).isEqualTo(90);
        assertThat(j.get("view").asText()).isEqualTo("loopback");
        assertThat(j.get("health").asText()).isEqualTo("ok");
        assertThat(j.has("version")).isTrue();
        assertThat(j.path("counters").has("ingest.accepted")).isTrue();
    }

    @Test
    void withNoAgent_itSaysSo_andExits1() throws Exception {
        StringWriter err = new StringWriter();
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(run(new StringWriter(), err, "status", "--port", Integer.toString(port))).isEqualTo(1);
        assertThat(err.toString()).contains("no agent answered at http://127.0.0.1:" + port + "/status");
    }
}
