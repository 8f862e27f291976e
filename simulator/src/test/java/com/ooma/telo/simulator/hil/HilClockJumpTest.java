package com.ooma.telo.simulator.hil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.TeloSimulator;
import com.ooma.telo.simulator.hub.FakeClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code clock_jump} in process mode: the agent's wall clock (libfaketime in its JVM) jumps a day ahead, then back;
 * its monotonic clock does not. The agent notices, keeps reporting (unstamped while its clock is off), every report
 * is receipted and the calls reconcile exactly. Skipped where libfaketime is missing (the fault is then listed as
 * not applied, with the reason), except under {@code CI=true}.
 */
class HilClockJumpTest {
    private static final String SCENARIO = """
            {
              "extends": "normal-week",
              "name": "clock-jumps",
              "description": "One day; the wall clock jumps a day ahead, then back",
              "days": 1,
              "faults": [ { "kind": "clock_jump", "at": "PT6H", "by": "P1D", "hubs": 1.0 },
                          { "kind": "clock_jump", "at": "PT14H", "by": "-P1D", "hubs": 1.0 } ]
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void aDayAheadAndBack_isNoticed_andTheRunStillReconcilesWithEverySpoolReceipted() throws Exception {
        if (FakeClock.library().isEmpty()) {
            assertThat(System.getenv("CI")).as("libfaketime is required under CI (.ci/run installs it)")
                    .isNotEqualTo("true");
            Assumptions.abort("libfaketime is not installed at " + FakeClock.LIBRARY);
        }
        Path scenario = Files.writeString(tmp.resolve("clock-jumps.json"), SCENARIO);
        Path out = tmp.resolve("run");
        StringWriter o = new StringWriter();
        CommandLine cmd = TeloSimulator.newCommandLine();
        cmd.setOut(new PrintWriter(o, true));
        cmd.setErr(new PrintWriter(o, true));
        int code = cmd.execute("hil", "--scenario", scenario.toString(), "--hubs", "1", "--seed", "7",
                "--day-length", "PT15S", "--agent-timeout", "PT120S", "--out", out.toString());
        assertThat(code).as(o.toString()).isZero();

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("faults_skipped")).isEmpty();
        assertThat(summary.path("faults_applied")).hasSize(2).allSatisfy(f -> {
            assertThat(f.path("kind").asText()).isEqualTo("clock_jump");
            assertThat(f.path("outcome").asText()).contains("wall clock stepped by", "monotonic clock untouched");
        });
        JsonNode hub = summary.path("results").get(0);
        assertThat(hub.path("calls_played").asLong()).isPositive().isEqualTo(hub.path("calls_counted").asLong());
        assertThat(hub.path("reports_refused").asInt()).as("reports sealed a day ahead still open").isZero();
        assertThat(hub.path("delivery").path("spool_empty_at_exit").asBoolean()).isTrue();
        JsonNode faults = hub.path("delivery").path("agent_faults");
        assertThat(faults.path("clock_jumps").asLong() + faults.path("clock_off").asLong())
                .as("the agent saw its clock jump or a receipt show it off: " + faults).isPositive();
    }
}
