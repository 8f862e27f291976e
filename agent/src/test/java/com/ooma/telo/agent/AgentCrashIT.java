package com.ooma.telo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import com.ooma.telo.agent.checkpoint.WindowCheckpoint;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability of the open windows: a real agent JVM, started from the test classpath, takes calls and is killed
 * with SIGKILL; the next agent on the same state directory reports every call the checkpoint had a second to keep.
 */
class AgentCrashIT {
    private static final String CALL = "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"outbound\","
            + "\"disposition\":\"answered\",\"remote_number\":\"(650) 555-0142\",\"duration_ms\":61000}";

    @TempDir
    Path dir;

    private long checkpointedCalls() {
        long n = 0;
        for (WindowSnapshot w : new WindowCheckpoint(dir.resolve("state"), System::nanoTime).read()) {
            if (w.channel() == Channel.USAGE) {
                n += w.of(Metric.CALLS).stream().mapToLong(Series::n).sum();
            }
        }
        return n;
    }

    @Test
    void killMinus9_losesNoCallTheCheckpointHadASecondToKeep() throws Exception {
        List<String> sets = AgentPipelineTest.configSets(dir);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName()));
        cmd.addAll(sets);
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertThat(ready).startsWith("ready ");
            int port = Integer.parseInt(ready.substring(6));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream o = s.getOutputStream()) {
                o.write((String.join("\n", Collections.nCopies(20, CALL)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            long sentAt = System.nanoTime();
            long deadline = sentAt + Duration.ofSeconds(10).toNanos();
            while (checkpointedCalls() < 20) {
                assertThat(System.nanoTime()).as("20 calls checkpointed").isLessThan(deadline);
                Thread.onSpinWait();
            }
            long tookMs = (System.nanoTime() - sentAt) / 1_000_000;
            // Measured, not asserted (timing belongs in benchmarks); the once-a-second bound is WindowCheckpointTest's.
            org.tinylog.Logger.info("20 calls checkpointed {} ms after they were sent", tookMs);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no final checkpoint
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        AgentPipeline next = AgentPipeline.start(AgentPipelineTest.config(dir), Clock.systemUTC(),
                new SecureRandom());
        next.shutdown(Duration.ZERO);
        long reported = AgentPipelineTest.openSpool(dir, Clock.systemUTC()).stream()
                .filter(r -> r.channel().equals("usage"))
                .mapToLong(r -> {
                    long n = 0;
                    for (var c : r.report().get("calls")) {
                        n += c.get("n").asLong();
                    }
                    return n;
                }).sum();
        assertThat(reported).isEqualTo(20);
    }
}
