package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.config;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.FakeClock;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import com.ooma.telo.agent.testing.Await;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §4: the hub is never blocked, and a burst the queue can hold is not dropped. 20,000 call events written in
 * one go over the real ingest socket, with the shipped queue bounds, are all counted, none dropped as queue full.
 * Nothing here is timed: the wait is only a guard against a hang.
 */
class IngestBurstTest {
    private static final int BURST = 20_000;

    @TempDir
    Path dir;

    @Test
    void aBurstOf20000EventsWrittenAtOnce_isCountedInFull_noneDroppedAsQueueFull() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir, "consent.level=full"), clock.agentClock(),
                new SecureRandom());
        try {
            StringBuilder burst = new StringBuilder(BURST * 200);
            for (int i = 0; i < BURST; i++) {
                burst.append("{\"type\":\"call.ended\",\"ts\":").append(1_764_158_400_000L + i)
                        .append(",\"direction\":\"inbound\",\"disposition\":\"answered\",\"remote_number\":\"+1650555")
                        .append(1000 + i % 9000).append("\",\"duration_ms\":61000,\"sip_code\":200}\n");
            }
            try (Socket s = new Socket(agent.ingestAddress().getAddress(), agent.ingestAddress().getPort());
                 OutputStream out = s.getOutputStream()) {
                out.write(burst.toString().getBytes(StandardCharsets.UTF_8)); // one write: the whole burst at once
            }
            Await.until("every event of the burst counted or dropped", // a bound against a hang, not a timing
                    () -> counter(agent, "calls_counted") + counter(agent, "ingest.queue_full") >= BURST,
                    Duration.ofMinutes(3));
            assertThat(counter(agent, "ingest.queue_full")).as("dropped as queue full").isZero();
            assertThat(counter(agent, "ingest.accepted")).isEqualTo(BURST);
            assertThat(counter(agent, "calls_counted")).as("counted").isEqualTo(BURST);
            assertThat(counter(agent, "pipeline.queued_bytes_peak")).as("the queue held part of the burst")
                    .isPositive().isLessThanOrEqualTo(16L << 20);
        } finally {
            agent.shutdown(Duration.ZERO);
        }
    }
}
