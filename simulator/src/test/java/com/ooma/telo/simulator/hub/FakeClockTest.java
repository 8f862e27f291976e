package com.ooma.telo.simulator.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * libfaketime as {@code hil} uses it on a child JVM: a jump written to the offset file moves the child's wall clock
 * by a day at once, and its monotonic clock ({@code System.nanoTime}, what the agent times intervals with) does not
 * move with it. Skipped where libfaketime is not installed, except under {@code CI=true}.
 */
class FakeClockTest {
    private static final long DAY_MS = 86_400_000L;

    @TempDir
    Path dir;

    @Test
    void aJumpMovesTheChildsWallClockOnly() throws Exception {
        if (FakeClock.library().isEmpty()) {
            assertThat(System.getenv("CI")).as("libfaketime is required under CI (.ci/run installs it)")
                    .isNotEqualTo("true");
            Assumptions.abort("libfaketime is not installed at " + FakeClock.LIBRARY);
        }
        FakeClock clock = FakeClock.at(dir.resolve("clock-offset"));
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClockEcho.class.getName());
        pb.environment().putAll(clock.env());
        Process p = pb.redirectErrorStream(true).start();
        List<long[]> before = new ArrayList<>();
        List<long[]> after = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (int i = 0; i < 6; i++) {
                before.add(read(in));
            }
            clock.jump(Duration.ofDays(1));
            // Up to 100 lines (5 s): the jump lands at the child's next clock call.
            for (int i = 0; i < 100; i++) {
                long[] line = read(in);
                after.add(line);
                if (line[0] - System.currentTimeMillis() > DAY_MS / 2) {
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        long[] b = before.get(before.size() - 1);
        long[] a = after.get(after.size() - 1);
        assertThat(b[0]).as("before the jump the child reads the host's time")
                .isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis() + 1_000);
        long wallMoved = a[0] - b[0];
        long monoMoved = a[1] - b[1];
        assertThat(wallMoved - monoMoved).as("the wall clock moved a day ahead of the monotonic clock")
                .isBetween(DAY_MS - 5_000, DAY_MS + 5_000);
        assertThat(monoMoved).as("the monotonic clock moved only by the time that passed").isBetween(0L, 30_000L);
    }

    private static long[] read(BufferedReader in) throws Exception {
        String line = in.readLine();
        assertThat(line).as("the child printed its clocks").isNotNull();
        String[] parts = line.trim().split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}
