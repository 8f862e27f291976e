package com.ooma.telo.agent.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.tinylog.Logger;

/**
 * What every ingest connection holds, shared by all of them, and the policy that keeps it within {@link IngestLimits}:
 * the number of connections, and the bytes that unfinished lines (received, no LF yet) hold across connections.
 *
 * <pre>
 *  conn  admitted   its unfinished line         bytes held
 *  A     ─────────  {"type":"sys…  since t=3 s       12
 *  B     ─────────  xxxxxxxxxxxxx… since t=1 s   15 000   ◀ oldest unfinished line: evicted first
 *  C     ─────────  (at a line boundary)              0   ◀ never evicted: it writes whole lines
 *                                              ───────
 *                                    held  =  Σ bytes  ≤  maxPartialBytes
 * </pre>
 *
 * <ul>
 *   <li><b>Bytes</b>: after each read a connection reports what its frame decoder holds ({@link #held}). While the
 *       total is over {@code maxPartialBytes}, the connection whose unfinished line began longest ago (and holds
 *       bytes) is evicted: its unfinished line is dropped and it is closed. That may be the reporting connection.
 *       Reads are handled one at a time on the ingest thread, so memory is at most the bound plus one read.</li>
 *   <li><b>Connections</b>: a connection beyond {@code maxConnections} evicts the connection whose unfinished line
 *       began longest ago (bytes held or not: an oversize line being skipped holds none); when every connection is
 *       at a line boundary, the new one is refused (closed at once).</li>
 * </ul>
 * A writer that writes whole lines is at a line boundary between its writes, and its line is unfinished only
 * between two TCP segments, so it is the last to be evicted. "Began" is read from an injected monotonic clock
 * (nanoseconds), so a wall-clock step never reorders connections. Counters: {@code ingest.connections_open},
 * {@code ingest.connections_refused}, {@code ingest.evicted}, {@code ingest.partial_bytes_held},
 * {@code ingest.partial_bytes_peak}. Log lines are throttled and hold counts only.
 */
final class IngestBudget {
    /** How the budget closes a connection it evicts: drop its unfinished line (no byte of it is parsed), close. */
    @FunctionalInterface
    interface Evictable {
        void evict();
    }

    /** One admitted connection's share of the budget; read and written under the budget's lock only. */
    static final class Slot {
        private final Evictable connection;
        private long bytes;
        private boolean unfinished;
        private long since;
        private boolean live = true;

        private Slot(Evictable connection) {
            this.connection = connection;
        }
    }

    private enum Bound {
        CONNECTIONS, PARTIAL_BYTES
    }

    private final IngestLimits limits;
    private final IngestStats stats;
    private final LongSupplier nanos;
    private final List<Slot> open = new ArrayList<>(); // admission order: ties go to the earlier connection
    private long held;

    /** @param nanos a monotonic clock in nanoseconds ({@code System::nanoTime}) */
    IngestBudget(IngestLimits limits, IngestStats stats, LongSupplier nanos) {
        this.limits = limits;
        this.stats = stats;
        this.nanos = nanos;
    }

    IngestLimits limits() {
        return limits;
    }

    /** A new connection: its slot, or null when it is refused (the caller closes it). May evict another one. */
    Slot admit(Evictable connection) {
        Slot victim = null;
        Slot admitted;
        synchronized (this) {
            if (open.size() >= limits.maxConnections()) {
                victim = oldest(s -> s.unfinished);
                if (victim == null) {
                    long n = stats.connectionsRefused.incrementAndGet();
                    if (Long.bitCount(n) == 1) {
                        Logger.warn("ingest: refused a connection: {} open, each at a line boundary "
                                + "(ingest.max_connections); {} so far", open.size(), n);
                    }
                    return null;
                }
                remove(victim, Bound.CONNECTIONS);
            }
            admitted = new Slot(connection);
            open.add(admitted);
            publish();
        }
        if (victim != null) {
            victim.connection.evict(); // outside the lock: closing fires handlers that come back here
        }
        return admitted;
    }

    /**
     * What a connection's frame decoder holds after a read. {@code unfinished}: the last byte read was not an LF;
     * {@code lineEnded}: the read held an LF, so an unfinished line after it began now. May evict connections.
     */
    void held(Slot slot, long bytes, boolean unfinished, boolean lineEnded) {
        List<Slot> victims = new ArrayList<>(0);
        synchronized (this) {
            if (!slot.live) {
                return;
            }
            held += bytes - slot.bytes;
            slot.bytes = bytes;
            if (unfinished && (lineEnded || !slot.unfinished)) {
                slot.since = nanos.getAsLong();
            }
            slot.unfinished = unfinished;
            while (held > limits.maxPartialBytes()) {
                Slot victim = oldest(s -> s.bytes > 0);
                remove(victim, Bound.PARTIAL_BYTES);
                victims.add(victim);
            }
            publish();
        }
        victims.forEach(v -> v.connection.evict());
    }

    /** How long the connection's current line has been unfinished, in nanoseconds; -1 at a line boundary. */
    synchronized long unfinishedNanos(Slot slot) {
        return slot.live && slot.unfinished ? nanos.getAsLong() - slot.since : -1;
    }

    /** The connection closed (for whatever reason); idempotent. */
    synchronized void release(Slot slot) {
        if (slot.live) {
            drop(slot);
            publish();
        }
    }

    private void drop(Slot slot) {
        slot.live = false;
        open.remove(slot);
        held -= slot.bytes;
    }

    /** The connection whose unfinished line began longest ago among those that {@code eligible} admits. */
    private Slot oldest(Predicate<Slot> eligible) {
        Slot best = null;
        for (Slot s : open) {
            if (eligible.test(s) && (best == null || s.since - best.since < 0)) {
                best = s;
            }
        }
        return best;
    }

    private void remove(Slot victim, Bound bound) {
        long heldFor = (nanos.getAsLong() - victim.since) / 1_000_000;
        long bytes = victim.bytes;
        drop(victim); // the gauges are published once the bound holds again
        long n = stats.evicted.incrementAndGet();
        if (Long.bitCount(n) == 1) {
            Logger.warn("ingest: closed the connection whose line was unfinished longest ({} bytes for {} ms) to "
                    + "stay within {}; {} so far", bytes, heldFor,
                    bound == Bound.CONNECTIONS ? "ingest.max_connections" : "ingest.max_partial_bytes", n);
        }
    }

    private void publish() {
        stats.connectionsOpen.set(open.size());
        stats.partialBytesHeld.set(held);
        stats.partialBytesPeak.accumulateAndGet(held, Math::max);
    }
}
