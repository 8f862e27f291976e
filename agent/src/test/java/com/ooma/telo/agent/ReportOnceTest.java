package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.await;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static com.ooma.telo.agent.AgentPipelineTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.checkpoint.SealedReport;
import com.ooma.telo.agent.checkpoint.WindowCheckpoint;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window is reported exactly once whatever moment a kill -9 picks: when a closed window has been sealed, the
 * checkpoint trades the window for the sealed bytes before the spool append, so a restart neither reports the
 * window again (it counted every call twice, seen as 160 calls counted for 155 played over 30 kills) nor loses it
 * when the append never happened. {@link AgentPipeline#close()} leaves the files as a kill would: no window is
 * sealed and no checkpoint written on the way out.
 */
class ReportOnceTest {
    private static final String CALL = "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"outbound\","
            + "\"disposition\":\"answered\",\"remote_number\":\"+1 650 555 0142\",\"duration_ms\":60000}";
    private static final String[] HOURLY = {"report.usage.interval=PT1H", "report.health.interval=PT1H"};

    @TempDir
    Path dir;

    /** Three calls in the 12:00 hour, the hour closed and its reports spooled; the agent then "killed". */
    private List<SpoolRecord> threeCallsReportedThenKilled(FakeClock clock) throws Exception {
        AgentPipeline agent = AgentPipeline.start(AgentPipelineTest.config(dir, HOURLY), clock.agentClock(),
                new SecureRandom());
        send(agent, Collections.nCopies(3, CALL));
        await("calls counted", () -> counter(agent, "calls_counted") == 3);
        clock.advance(Duration.ofSeconds(2));
        await("calls checkpointed", () -> counter(agent, "checkpoint.writes") >= 1);
        clock.advance(Duration.ofHours(1)); // the hour ends; no more monotonic time passes after its reports
        await("the hour's usage report spooled", () -> counter(agent, "reports_spooled.usage") == 1);
        agent.close();
        try (Spool spool = Spool.open(dir.resolve("spool"), 8 << 20)) {
            return spool.pending();
        }
    }

    @Test
    void theMomentAReportIsSpooled_theCheckpointHoldsItsSealedBytes_notItsWindow() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-03T12:00:00Z"));
        List<SpoolRecord> spooled = threeCallsReportedThenKilled(clock);

        WindowCheckpoint checkpoint = new WindowCheckpoint(dir.resolve("state"), clock::nanos);
        assertThat(checkpoint.read()).as("the reported hour is no longer a window to report")
                .noneMatch(w -> w.channel() == Channel.USAGE && w.window().start().equals(
                        Instant.parse("2026-12-03T12:00:00Z")));
        SpoolRecord usage = spooled.stream().filter(r -> r.channel().equals("usage")).findFirst().orElseThrow();
        assertThat(checkpoint.sealedAtRead()).containsExactly(new SealedReport("usage", usage.sealed()));
    }

    @Test
    void restartAfterTheAppend_reportsNothingAgain() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-03T12:00:00Z"));
        int before = threeCallsReportedThenKilled(clock).size();

        AgentPipeline next = AgentPipeline.start(AgentPipelineTest.config(dir, HOURLY), clock.agentClock(),
                new SecureRandom());
        assertThat(counter(next, "checkpoint.reports_restored")).as("the spool already holds it").isZero();
        assertThat(counter(next, "reports_spooled.usage")).isZero();
        next.shutdown(Duration.ZERO);
        assertThat(usageCalls(clock)).as("each call counted once").isEqualTo(3);
        assertThat(spooledCount()).as("one usage report for the hour, one more for the empty one at shutdown")
                .isGreaterThan(before);
    }

    @Test
    void restartWhenTheAppendNeverHappened_spoolsTheSealedReportOnce() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-03T12:00:00Z"));
        threeCallsReportedThenKilled(clock);
        try (var files = Files.list(dir.resolve("spool"))) {
            for (Path f : files.toList()) {
                Files.delete(f); // as if the kill came between the checkpoint write and the spool append
            }
        }

        AgentPipeline next = AgentPipeline.start(AgentPipelineTest.config(dir, HOURLY), clock.agentClock(),
                new SecureRandom());
        assertThat(counter(next, "checkpoint.reports_restored")).isEqualTo(1);
        next.close();
        AgentPipeline third = AgentPipeline.start(AgentPipelineTest.config(dir, HOURLY), clock.agentClock(),
                new SecureRandom());
        assertThat(counter(third, "checkpoint.reports_restored")).as("in the spool now: not again").isZero();
        third.shutdown(Duration.ZERO);
        assertThat(usageCalls(clock)).as("the three calls, from the restored report").isEqualTo(3);
    }

    private long usageCalls(FakeClock clock) throws Exception {
        return AgentPipelineTest.openSpool(dir, clock).stream()
                .filter(r -> r.channel().equals("usage"))
                .mapToLong(r -> {
                    long n = 0;
                    for (var row : r.report().path("calls")) {
                        n += row.path("n").asLong();
                    }
                    return n;
                }).sum();
    }

    private int spooledCount() throws Exception {
        try (Spool spool = Spool.open(dir.resolve("spool"), 8 << 20)) {
            return spool.pending().size();
        }
    }
}
