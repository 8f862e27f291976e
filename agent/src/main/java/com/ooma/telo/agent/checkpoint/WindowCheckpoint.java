package com.ooma.telo.agent.checkpoint;

import com.ooma.telo.agent.state.DurableFiles;

import com.ooma.telo.agent.aggregate.WindowSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.tinylog.Logger;

/**
 * Keeps the open windows (and closed ones not yet spooled) on flash, so a crash or kill -9 loses at most the last
 * second of events: written atomically (temporary file, fsync, rename) at most once a second while they change,
 * at once on a consent change, and on shutdown. Holds counters only: caller-pseudonym keys are never written.
 * Single-threaded (the pipeline's lock).
 */
public final class WindowCheckpoint {
    public static final String FILE = "windows.ckpt";
    /** The least time between two writes: bounds fsyncs (docs/metrics.md: a household day costs about 250). */
    public static final long MIN_INTERVAL_MS = 1_000;

    private final Path dir;
    private final java.util.function.LongSupplier nanos;
    private boolean pending;
    private long lastWriteMs = Long.MIN_VALUE / 2;
    private volatile long writes;
    private volatile long failures;
    private long unknownSeries;

    /**
     * @param nanos a monotonic clock ({@code System::nanoTime}): it bounds writes to one a second whatever the wall
     *              clock does (a wall clock stepped back must not freeze them)
     */
    public WindowCheckpoint(Path stateDir, java.util.function.LongSupplier nanos) {
        this.dir = stateDir;
        this.nanos = nanos;
    }

    /** What the last run left; empty when there is no checkpoint or it cannot be read (logged, never fatal). */
    public List<WindowSnapshot> read() {
        try {
            CheckpointFormat.Decoded d = CheckpointFormat.decode(Files.readAllBytes(dir.resolve(FILE)));
            unknownSeries = d.unknownSeries();
            return d.windows();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            failures++;
            Logger.warn("checkpoint: {} unreadable ({}); starting with empty windows", FILE,
                    e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** Notes whether the windows changed; writes when something changed and the last write is a second old. */
    public void maybeWrite(boolean changed, Supplier<List<WindowSnapshot>> state) {
        pending |= changed;
        if (pending && nanos.getAsLong() / 1_000_000 - lastWriteMs >= MIN_INTERVAL_MS) {
            write(state.get());
        }
    }

    /** Writes now (consent change, shutdown). Never throws: a failure is counted and retried on the next change. */
    public void write(List<WindowSnapshot> state) {
        try {
            DurableFiles.replace(dir.resolve(FILE), CheckpointFormat.encode(state));
            writes++;
            pending = false;
            lastWriteMs = nanos.getAsLong() / 1_000_000;
        } catch (IOException | RuntimeException e) {
            failures++;
            lastWriteMs = nanos.getAsLong() / 1_000_000; // retry in a second, not on every worker wake
            Logger.warn("checkpoint: write failed ({})", e.getClass().getSimpleName());
        }
    }

    /** Completed writes: each costs two fsyncs (the file, then its folder, so the rename survives a power cut). */
    public long writes() {
        return writes;
    }

    public long failures() {
        return failures;
    }

    /** Series in the last checkpoint read whose metric this registry no longer has. */
    public long unknownSeries() {
        return unknownSeries;
    }
}
