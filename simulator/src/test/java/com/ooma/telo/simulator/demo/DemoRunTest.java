package com.ooma.telo.simulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The demo's own logic (keys, broker, collector, playback, intake wait, stop, open, count, scan, summary) against a
 * stand-in agent that honours the agent's process contract; {@code DemoCommandTest} runs the same against the real one.
 */
class DemoRunTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void run_passesWhenEveryCallIsCountedAndNothingLeaks() throws Exception {
        StringWriter out = new StringWriter();
        DemoOutcome outcome = new DemoRun(options(false, null), CLOCK, new PrintWriter(out),
                StandInAgent.class.getName()).run();
        assertThat(outcome).as(out.toString()).isInstanceOf(DemoOutcome.Passed.class);
        assertThat(outcome.exitCode()).isZero();
        assertThat(out.toString()).contains("summary: calls played=36 calls counted=36 reports received=1"
                + " personal items found=0");
        assertThat(out.toString()).contains("day 2026-03-02 (America/Los_Angeles)").contains("\"kind\":\"usage\"");
    }

    @Test
    void run_failsWhenAPlantedMessageHoldsACallerName() throws Exception {
        StringWriter out = new StringWriter();
        DemoOutcome outcome = new DemoRun(options(true, null), CLOCK, new PrintWriter(out),
                StandInAgent.class.getName()).run();
        assertThat(outcome).as(out.toString()).isInstanceOf(DemoOutcome.Failed.class);
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(out.toString()).containsPattern("summary: calls played=36 calls counted=36 reports received=1"
                + " personal items found=[1-9]");
        assertThat(out.toString()).contains("in payload (broker record")
                .contains("1 message(s) on telo topics did not open as envelopes");
    }

    @Test
    void run_failsWhenTheAgentLogsCallerNames() throws Exception {
        StringWriter out = new StringWriter();
        DemoOutcome outcome = new DemoRun(options(false, LocalDate.of(2026, 2, 14)), CLOCK, new PrintWriter(out),
                LeakyStandInAgent.class.getName()).run();
        assertThat(outcome).as(out.toString()).isInstanceOf(DemoOutcome.Failed.class);
        assertThat(out.toString()).contains("in file (agent/agent.log)");
        assertThat(((DemoOutcome.Failed) outcome).summary().personalItemsFound()).isPositive();
    }

    @Test
    void run_cannotRunWhenTheAgentNeverGetsReady() throws Exception {
        StringWriter out = new StringWriter();
        DemoOutcome outcome = new DemoRun(options(false, null), CLOCK, new PrintWriter(out),
                "com.ooma.telo.simulator.demo.NoSuchAgent").run();
        assertThat(outcome).isInstanceOf(DemoOutcome.CouldNotRun.class);
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(((DemoOutcome.CouldNotRun) outcome).why()).contains("before printing its ready line");
    }

    private static DemoOptions options(boolean plantLeak, LocalDate date) {
        return new DemoOptions(DemoOptions.DEFAULT_SEED, DemoOptions.DEFAULT_CALLS, date,
                ZoneId.of("America/Los_Angeles"), false, plantLeak, false, Duration.ofSeconds(30), java.util.Optional.empty());
    }
}
