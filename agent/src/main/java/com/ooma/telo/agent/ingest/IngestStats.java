package com.ooma.telo.agent.ingest;

import com.ooma.telo.agent.event.Cause;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of what the ingest socket took in and why it refused lines; read by health reports and the status page.
 * Each outcome is also counted for the lines whose type says a call caused them ({@code call.*}), so that the health
 * channel can leave them out: how many call events arrived in a quarter hour is call timing.
 *
 * <p>Connection counters ({@link IngestBudget}, {@link ConnectionGuard}; status page only, not in reports):
 * <ul>
 *   <li>{@code ingest.connections}: connections admitted since start;</li>
 *   <li>{@code ingest.connections_open} (gauge): connections open now, at most {@code ingest.max_connections};</li>
 *   <li>{@code ingest.connections_refused}: connections closed at once because all were open and none held an
 *       unfinished line;</li>
 *   <li>{@code ingest.evicted}: connections closed to stay within {@code ingest.max_connections} or
 *       {@code ingest.max_partial_bytes}, the one whose unfinished line was oldest first;</li>
 *   <li>{@code ingest.idle_closed}: connections closed after {@code ingest.idle_timeout} without a byte;</li>
 *   <li>{@code ingest.stalled_closed}: connections closed because a line stayed unfinished for
 *       {@code ingest.partial_line_timeout};</li>
 *   <li>{@code ingest.partial_bytes_held} (gauge): bytes of unfinished lines held now, across connections, at most
 *       {@code ingest.max_partial_bytes};</li>
 *   <li>{@code ingest.partial_bytes_peak} (gauge): the most {@code ingest.partial_bytes_held} has been since
 *       start.</li>
 * </ul>
 * The unfinished line of a connection that the agent closes is dropped, and counted only by the reason above.
 */
public final class IngestStats {
    /** What happened to one line; {@link #key()} names its counter. */
    public enum Outcome {
        ACCEPTED("accepted"), MALFORMED("malformed"), OVERSIZE("oversize"), QUEUE_FULL("queue_full"),
        BLANK("blank"), TRUNCATED("truncated");

        private final String key;

        Outcome(String key) {
            this.key = key;
        }

        /** The counter's name without the {@code ingest.} prefix. */
        public String key() {
            return key;
        }
    }

    private final Map<Outcome, AtomicLong> all = new EnumMap<>(Outcome.class);
    private final Map<Outcome, AtomicLong> calls = new EnumMap<>(Outcome.class);
    final AtomicLong connections = new AtomicLong();
    final AtomicLong connectionsOpen = new AtomicLong();
    final AtomicLong connectionsRefused = new AtomicLong();
    final AtomicLong evicted = new AtomicLong();
    final AtomicLong idleClosed = new AtomicLong();
    final AtomicLong stalledClosed = new AtomicLong();
    final AtomicLong partialBytesHeld = new AtomicLong();
    final AtomicLong partialBytesPeak = new AtomicLong();

    public IngestStats() {
        for (Outcome o : Outcome.values()) {
            all.put(o, new AtomicLong());
            calls.put(o, new AtomicLong());
        }
    }

    /** Counts one line; {@code cause} is {@link Cause#DEVICE} when the line's type could not be read. */
    long count(Outcome outcome, Cause cause) {
        if (cause == Cause.CALLS) {
            calls.get(outcome).incrementAndGet();
        }
        return all.get(outcome).incrementAndGet();
    }

    /** Lines with this outcome, of every cause. */
    public long total(Outcome outcome) {
        return all.get(outcome).get();
    }

    /** Lines with this outcome whose type named them call events. */
    public long ofCalls(Outcome outcome) {
        return calls.get(outcome).get();
    }

    public long accepted() {
        return total(Outcome.ACCEPTED);
    }

    public long malformed() {
        return total(Outcome.MALFORMED);
    }

    public long oversize() {
        return total(Outcome.OVERSIZE);
    }

    public long queueFull() {
        return total(Outcome.QUEUE_FULL);
    }

    public long connections() {
        return connections.get();
    }

    /**
     * Writes {@code ingest.<outcome>} (every line) and {@code ingest.<outcome>.calls} (the call events among them)
     * for each outcome, and the connection counters.
     */
    public void copyInto(Map<String, Long> out) {
        for (Outcome o : Outcome.values()) {
            out.put("ingest." + o.key(), total(o));
            out.put("ingest." + o.key() + ".calls", ofCalls(o));
        }
        out.put("ingest.connections", connections());
        out.put("ingest.connections_open", connectionsOpen.get());
        out.put("ingest.connections_refused", connectionsRefused.get());
        out.put("ingest.evicted", evicted.get());
        out.put("ingest.idle_closed", idleClosed.get());
        out.put("ingest.stalled_closed", stalledClosed.get());
        out.put("ingest.partial_bytes_held", partialBytesHeld.get());
        out.put("ingest.partial_bytes_peak", partialBytesPeak.get());
    }
}
