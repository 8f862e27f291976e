package com.ooma.telo.agent.spool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one report costs the spool on this machine's disk: the append (record frame, CRC, write, fsync) of a sealed
 * health report (~300 bytes) or padded usage report (7,842 bytes), and its acknowledgement (an unsynced ack frame;
 * compaction when the segment fills). Each append is acknowledged at once, as a reachable broker does, so the spool
 * stays small and compacts on its normal schedule. The figure is dominated by fsync: it says what the flash does,
 * not what the agent's code does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpoolBenchmark {
    @Param({"300", "7842"})
    public int sealedBytes;

    private Path dir;
    private Spool spool;
    private byte[] sealed;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "spool-bench");
        spool = Spool.open(dir, 1 << 20);
        sealed = new byte[sealedBytes];
        new java.util.Random(1).nextBytes(sealed);
    }

    @TearDown
    public void tearDown() throws IOException {
        spool.close();
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long appendThenAck() {
        AppendResult r = spool.append("health", sealed);
        long id = ((AppendResult.Appended) r).id();
        spool.ack(id);
        return id;
    }
}
