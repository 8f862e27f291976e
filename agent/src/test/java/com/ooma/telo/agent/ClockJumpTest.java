package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.await;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static com.ooma.telo.agent.AgentPipelineTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wall clock jumps a day ahead and back (NTP stepping a wrong RTC): reporting goes on in real time, checkpoints
 * go on, no window ends before it starts, nothing is counted twice or lost, and what was sealed while the clock
 * could not be trusted carries no timestamp (flags bit 1), so a backend's freshness rule cannot refuse it.
 */
class ClockJumpTest {
    private static final String CALL = "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inbound\","
            + "\"disposition\":\"answered\",\"remote_number\":\"+1 650 555 0142\",\"duration_ms\":60000}";
    private static final int OFF_FLAGS = 4;
    private static final int OFF_TIMESTAMP = 38;

    @TempDir
    Path dir;

    @Test
    void aDayAheadAndBack_reportingCheckpointsAndCountsSurvive() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T12:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(AgentPipelineTest.config(dir), clock.agentClock(),
                new SecureRandom());
        advance(clock, Duration.ofMinutes(15));
        await("first health report", () -> counter(agent, "reports_spooled.health") == 1);
        send(agent, List.of(CALL));
        await("call counted", () -> counter(agent, "calls_counted") == 1);

        clock.jumpWall(Duration.ofDays(1));
        clock.advance(Duration.ofSeconds(1));
        await("the window the jump ended", () -> counter(agent, "reports_spooled.health") == 2);
        clock.jumpWall(Duration.ofDays(-1));
        clock.advance(Duration.ofSeconds(1));
        long writes = counter(agent, "checkpoint.writes");
        send(agent, List.of(CALL));
        await("second call counted", () -> counter(agent, "calls_counted") == 2);
        clock.advance(Duration.ofSeconds(2));
        send(agent, List.of("{\"type\":\"sip.registration\",\"ts\":1,\"result\":\"ok\"}"));
        await("checkpoints go on after the clock went back", () -> counter(agent, "checkpoint.writes") > writes);
        advance(clock, Duration.ofMinutes(15));
        await("reporting goes on in real time, not a day later",
                () -> counter(agent, "reports_spooled.health") == 3);
        assertThat(counter(agent, "clock.jumps")).isEqualTo(2);
        for (int w = 4; w <= 8; w++) { // an hour and more without a jump: stamped again
            advance(clock, Duration.ofMinutes(15));
            int n = w;
            await("window " + n, () -> counter(agent, "reports_spooled.health") == n);
        }
        agent.shutdown(Duration.ZERO);

        List<AgentPipelineTest.Opened> reports = AgentPipelineTest.openSpool(dir, clock);
        assertThat(reports).allSatisfy(r -> assertThat(r.report().get("end").asLong())
                .as("window end not before its start").isGreaterThanOrEqualTo(r.report().get("start").asLong()));
        long calls = reports.stream().filter(r -> r.channel().equals("usage"))
                .mapToLong(r -> r.report().get("calls").get(0).get("n").asLong()).sum();
        assertThat(calls).as("each call counted once").isEqualTo(2);
        assertThat(reports).filteredOn(r -> r.channel().equals("health"))
                .anySatisfy(r -> assertThat(r.report().path("agent.faults").toString()).contains("clock_jumps"));

        try (Spool spool = Spool.open(dir.resolve("spool"), 8 << 20)) {
            List<SpoolRecord> sealed = spool.pending();
            assertThat(flags(sealed.get(0))).as("before the jump").isZero();
            assertThat(timestamp(sealed.get(0))).isEqualTo(Instant.parse("2026-12-02T12:15:00Z").toEpochMilli());
            assertThat(flags(sealed.get(1))).as("sealed a day ahead: unstamped").isEqualTo(2);
            assertThat(timestamp(sealed.get(1))).isZero();
            assertThat(flags(sealed.get(2))).as("within the settle hour after the jump back").isEqualTo(2);
            SpoolRecord last = sealed.get(sealed.size() - 1);
            assertThat(flags(last)).as("an hour after the last jump").isZero();
            assertThat(timestamp(last)).isEqualTo(clock.millis());
        }
    }

    /**
     * Time passing, in steps under the 60 s jump tolerance: the agent reads its wall and monotonic clocks one after
     * the other, and a single 15-minute step landing between the two reads would look like a jump (seen under load).
     * Only {@link FakeClock#jumpWall} is a jump here.
     */
    private static void advance(FakeClock clock, Duration d) {
        for (Duration left = d; !left.isZero(); ) {
            Duration step = left.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : left;
            clock.advance(step);
            left = left.minus(step);
        }
    }

    private static int flags(SpoolRecord r) {
        return Short.toUnsignedInt(ByteBuffer.wrap(r.sealed()).getShort(OFF_FLAGS));
    }

    private static long timestamp(SpoolRecord r) {
        return ByteBuffer.wrap(r.sealed()).getLong(OFF_TIMESTAMP);
    }
}
