package com.ooma.telo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The acceptance test: {@code demo} against the live agent (a child JVM on this class path) exits 0 with
 * every played call counted and nothing personal found, and exits non-zero when a leak is planted on purpose.
 */
class DemoCommandTest {

    @Test
    void demo_liveAgentCountsEveryCallAndLeaksNothing() {
        Run run = demo("demo");
        assertThat(run.exitCode()).as(run.output() + run.errors()).isZero();
        assertThat(run.output()).containsPattern(
                "summary: calls played=(\\d+) calls counted=\\1 reports received=[1-9]\\d* personal items found=0");
        assertThat(run.output()).contains("\"kind\":\"usage\"");
    }

    @Test
    void demo_plantedLeakIsFoundAndFailsTheRun() {
        Run run = demo("demo", "--plant-leak");
        assertThat(run.exitCode()).as(run.output() + run.errors()).isEqualTo(1);
        assertThat(run.output()).containsPattern("summary: calls played=\\d+ calls counted=\\d+ reports received=\\d+"
                + " personal items found=[1-9]");
        assertThat(run.output()).contains("leak: item ").contains("in payload (broker record");
    }

    @Test
    void demo_rejectsADayWithoutCalls() {
        Run run = demo("demo", "--calls", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errors()).contains("--calls must be at least 1, got 0");
    }

    @Test
    void help_listsTheDemoAndItsOptions() {
        Run run = demo("demo", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("--seed", "--calls", "--plant-leak", "--keep", "--emergency", "--timezone");
    }

    private record Run(int exitCode, String output, String errors) {}

    private static Run demo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = TeloSimulator.newCommandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
