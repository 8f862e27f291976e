package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sequence numbers under real {@code kill -9}: a child JVM seals in a loop and is killed with
 * {@link Process#destroyForcibly()} at random points (before its first message, mid-block, across block
 * reservations), then restarted on the same state dir. No seq may ever be issued twice; gaps are fine.
 */
class SequenceKillTest {
    private static final int RUNS = 6;

    @TempDir
    Path root;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void seq_neverRepeatsAcrossKillNineAndRestart() throws Exception {
        KeyDirs keys = KeyDirs.create(root);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<Long> seen = new HashSet<>();
        long highest = 0;
        for (int run = 0; run < RUNS; run++) {
            // Kill after 0..2,999 printed seqs: run 0 dies before its first message, and long runs cross blocks.
            int killAfter = run == 0 ? 0 : random.nextInt(3000);
            List<Long> seqs = runAndKill(keys, killAfter, run);
            for (long seq : seqs) {
                assertThat(seen.add(seq)).as("seq %d issued twice (seed %d, run %d)", seq, seed, run).isTrue();
            }
            if (!seqs.isEmpty()) {
                assertThat(seqs.get(0)).as("first seq of run %d is above all earlier ones (seed %d)", run, seed)
                        .isGreaterThan(highest);
                assertThat(seqs).as("strictly increasing within run %d", run).isSorted();
                highest = seqs.get(seqs.size() - 1);
            }
        }
        assertThat(seen.size()).as("the child really sealed messages").isGreaterThan(RUNS);
    }

    /** Starts the child, waits until it printed {@code killAfter} seqs, kills it, returns every seq it printed. */
    private List<Long> runAndKill(KeyDirs keys, int killAfter, int run) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stdout = root.resolve("child-" + run + ".out");
        Path stderr = root.resolve("child-" + run + ".err");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SealLoopChild.class.getName(), keys.deviceId(), keys.device.resolve(KeyFiles.DEVICE_SIGNING).toString(),
                keys.backend.resolve("backend-kem.pub.pem").toString(), keys.state.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        // Output goes to a file, so nothing printed before the kill can be lost in a pipe. Poll it with a deadline.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (completeLines(stdout).size() < killAfter && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child %d died", run).isTrue();
        List<Long> seqs = new ArrayList<>();
        for (String line : completeLines(stdout)) {
            if (line.startsWith("seq ")) {
                seqs.add(Long.parseLong(line.substring(4)));
            }
        }
        assertThat(seqs.size()).as("child %d stderr: %s", run, Files.readString(stderr))
                .isGreaterThanOrEqualTo(killAfter);
        return seqs;
    }

    /** Lines ended by a newline; a line cut off by the kill is dropped (it could read "seq 1" of "seq 1234"). */
    private static List<String> completeLines(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}
