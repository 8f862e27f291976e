package com.ooma.telo.simulator.hil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.TeloSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code disk_full} in process mode: the hub's spool and state live on a 16 MiB tmpfs of its own, filled to the last
 * byte for eight simulated hours (about 7 s), then freed. The agent keeps running, holds what it could not store
 * (a usage window among it) in memory, spools and delivers everything after the disk is back, every call is
 * counted, and the run folder is left with no mount. Where the host refuses a
 * tmpfs mount (not root, a container without mount rights) the fault is listed as not applied, and the test is
 * skipped.
 */
class HilDiskFullTest {
    private static final String SCENARIO = """
            {
              "extends": "normal-week",
              "name": "disk-full-day",
              "description": "One day with the spool's disk full for eight hours",
              "days": 1,
              "faults": [ { "kind": "disk_full", "at": "PT10H", "duration": "PT8H", "hubs": 1.0 } ]
            }
            """;

    @TempDir
    Path tmp;

    private record Run(int code, String output, JsonNode summary, Path out) {}

    private Run run() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("disk-full-day.json"), SCENARIO);
        Path out = tmp.resolve("run");
        StringWriter o = new StringWriter();
        CommandLine cmd = TeloSimulator.newCommandLine();
        cmd.setOut(new PrintWriter(o, true));
        cmd.setErr(new PrintWriter(o, true));
        int code = cmd.execute("hil", "--scenario", scenario.toString(), "--hubs", "1", "--seed", "7",
                "--out", out.toString());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        if (summary.path("faults_applied").isEmpty()) {
            assertThat(summary.path("faults_skipped").get(0).path("reason").asText()).contains("mount");
            assumeThat(false).as("this host refuses tmpfs mounts: " + summary.path("faults_skipped")).isTrue();
        }
        return new Run(code, o.toString(), summary, out);
    }

    @Test
    void diskFull_isApplied_reportsAreHeld_theSpoolRecovers_andNoMountIsLeft() throws Exception {
        Run r = run();

        JsonNode fault = r.summary().path("faults_applied").get(0);
        assertThat(fault.path("kind").asText()).isEqualTo("disk_full");
        assertThat(fault.path("hubs").get(0).asInt()).isZero();
        assertThat(fault.path("outcome").asText()).contains("16 MiB", "was full for", "then freed");

        JsonNode hub = r.summary().path("results").get(0);
        List<String> outcomes = new ArrayList<>();
        hub.path("delivery").path("reports_dropped").fieldNames().forEachRemaining(outcomes::add);
        assertThat(outcomes).as("what the full disk refused is held, and says so in the agent's own reports")
                .anySatisfy(k -> assertThat(k).endsWith(".held"))
                .noneSatisfy(k -> assertThat(k).endsWith(".spool_error"));
        assertThat(hub.path("delivery").path("spool_empty_at_exit").asBoolean())
                .as("after the disk was freed, every report was delivered and receipted").isTrue();
        assertThat(hub.path("events_accepted").asLong()).isEqualTo(hub.path("events_played").asLong());

        String mounts = Files.readString(Path.of("/proc/mounts"));
        assertThat(mounts).as("the hub's tmpfs was unmounted").doesNotContain(r.out().toString());
        assertThat(r.out().resolve("hub-0/agent/disk-kept/spool")).as("its spool was kept in the run folder")
                .isDirectory();
    }

    @Test
    void diskFull_reconcilesExactly_nothingDropped() throws Exception {
        Run r = run();
        assertThat(r.code()).as(r.output()).isZero();
        JsonNode hub = r.summary().path("results").get(0);
        assertThat(hub.path("calls_played").asLong())
                .isEqualTo(hub.path("calls_counted").asLong() + hub.path("calls_dropped").asLong());
        assertThat(hub.path("delivery").path("reports_dropped").path("usage.spool_error").asLong()).isZero();
    }
}
