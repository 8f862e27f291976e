package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.await;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static com.ooma.telo.agent.AgentPipelineTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.FakeClock;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full spool or a damaged one, as the backend finally sees them: what was kept, and the count of what was not. */
class SpoolPressureTest {
    private static final String CALL = "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inbound\","
            + "\"disposition\":\"answered\",\"remote_number\":\"+1 650 555 0142\",\"duration_ms\":60000}";

    @TempDir
    Path dir;

    @Test
    void aFullSpool_keepsTheDaysUsageReport_byDroppingTheOldestHealthReports() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T00:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(AgentPipelineTest.config(dir, "spool.max_bytes=65536"), clock.agentClock(),
                new SecureRandom()); // no broker: everything stays spooled
        send(agent, List.of(CALL, CALL, CALL));
        await("calls counted", () -> counter(agent, "calls_counted") == 3);
        // Sparse health reports (schema 4) are a few hundred bytes: 64 KiB takes two or three days of them, and
        // each midnight in between adds a padded usage report. Advance window by window until the spool refuses one.
        int windows = 0;
        while (counter(agent, "reports_dropped.health.spool_full") == 0) {
            assertThat(windows).as("the spool fills within ten days").isLessThan(960);
            clock.advance(Duration.ofMinutes(15));
            int n = ++windows;
            await("window " + n, () -> counter(agent, "reports_spooled.health")
                    + counter(agent, "reports_dropped.health.spool_full") == n);
        }
        long usageBefore = counter(agent, "reports_spooled.usage");
        while (counter(agent, "reports_spooled.usage") == usageBefore) { // on to the next midnight's usage report
            clock.advance(Duration.ofMinutes(15));
            int n = ++windows;
            await("window " + n, () -> counter(agent, "reports_spooled.health")
                    + counter(agent, "reports_dropped.health.spool_full") == n);
            assertThat(windows).as("a midnight within a day of the spool filling").isLessThan(1100);
        }
        assertThat(counter(agent, "reports_purged.health.evicted")).isPositive();
        assertThat(counter(agent, "reports_dropped.usage.spool_full")).isZero();
        agent.shutdown(Duration.ZERO);

        List<AgentPipelineTest.Opened> kept = AgentPipelineTest.openSpool(dir, clock);
        AgentPipelineTest.Opened usage = kept.stream().filter(r -> r.channel().equals("usage"))
                .filter(r -> r.report().get("calls").size() > 0).findFirst().orElseThrow();
        assertThat(usage.report().get("calls").get(0).get("n").asLong()).isEqualTo(3);
    }

    @Test
    void spoolDamageFoundAtStart_reachesTheNextHealthReport() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
        AgentPipeline first = AgentPipeline.start(AgentPipelineTest.config(dir), clock.agentClock(), new SecureRandom());
        clock.advance(Duration.ofMinutes(15));
        await("a health report spooled", () -> counter(first, "reports_spooled.health") == 1);
        first.close(); // as a power cut would leave it: nothing compacted
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("spool/spool.seg").toFile(), "rw")) {
            long at = f.length() - 100; // inside the last record's payload
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0xff);
        }

        AgentPipeline second = AgentPipeline.start(AgentPipelineTest.config(dir), clock.agentClock(), new SecureRandom());
        assertThat(counter(second, "spool.corrupt_skipped")).isEqualTo(1);
        second.close(); // a crash before the next report: the count must survive in the checkpoint
        AgentPipeline third = AgentPipeline.start(AgentPipelineTest.config(dir), clock.agentClock(), new SecureRandom());
        clock.advance(Duration.ofMinutes(15));
        await("the next health report", () -> counter(third, "reports_spooled.health") >= 1);
        third.shutdown(Duration.ZERO);

        assertThat(AgentPipelineTest.openSpool(dir, clock)).filteredOn(r -> r.channel().equals("health"))
                .anySatisfy(r -> assertThat(r.report().path("agent.faults").toString())
                        .contains("spool_corrupt_skipped"));
    }
}
