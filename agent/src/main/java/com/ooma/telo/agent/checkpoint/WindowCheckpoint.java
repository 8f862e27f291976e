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
 * at once on a consent change, on shutdown, and whenever a closed window has been sealed and is about to go into
 * the spool: that write holds the sealed report instead of the window, so a kill on either side of the spool
 * append reports the window exactly once. Holds counters and sealed reports only: caller-pseudonym keys are never
 * written. Single-threaded (the pipeline's lock).
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
    private List<SealedReport> sealedAtRead = List.of();

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
            sealedAtRead = d.sealed();
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
        maybeWrite(changed, state, List::of);
    }

    /** As {@link #maybeWrite(boolean, Supplier)}, with the sealed reports not yet in the spool. */
    public void maybeWrite(boolean changed, Supplier<List<WindowSnapshot>> state,
                           Supplier<List<SealedReport>> sealed) {
        pending |= changed;
        if (pending && nanos.getAsLong() / 1_000_000 - lastWriteMs >= MIN_INTERVAL_MS) {
            write(state.get(), sealed.get());
        }
    }

    /** Reports sealed but perhaps not yet spooled when the last run stopped, as the last {@link #read} found them. */
    public List<SealedReport> sealedAtRead() {
        return sealedAtRead;
    }

    /** Writes now (consent change, shutdown). Never throws: a failure is counted and retried on the next change. */
    public void write(List<WindowSnapshot> state) {
        write(state, List.of());
    }

    /**
     * Writes now, with {@code sealed}: reports whose windows are no longer in {@code state} and which are about to
     * be spooled. Returns false when the write failed (counted).
     */
    public boolean write(List<WindowSnapshot> state, List<SealedReport> sealed) {
        try {
            DurableFiles.replace(dir.resolve(FILE), CheckpointFormat.encode(state, sealed));
            writes++;
            pending = false;
            lastWriteMs = nanos.getAsLong() / 1_000_000;
            return true;
        } catch (IOException | RuntimeException e) {
            failures++;
            pending = true;
            lastWriteMs = nanos.getAsLong() / 1_000_000; // retry in a second, not on every worker wake
            Logger.warn("checkpoint: write failed ({})", e.getClass().getSimpleName());
            return false;
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
