package com.ooma.telo.agent.ingest;

import com.ooma.telo.agent.event.HubEvent;
import java.util.List;

/**
 * The hand-off from ingest to the pipeline worker: a ring bounded both in events and in the heap its events hold
 * ({@link EventBytes}), whichever bound comes first.
 *
 * <pre>
 *   ingest thread ── offer(e) ──▶ [ e e e e e e · · · · ] ── drainTo(batch, 256) ──▶ worker thread
 *                   never waits     ≤ maxEvents events,       one wake-up takes every waiting event
 *                   false = full    ≤ maxBytes estimated       up to the batch size
 * </pre>
 *
 * {@link #offer} never blocks and never allocates beyond the event itself: when either bound would be passed it
 * answers false, and ingest drops and counts the event ({@code ingest.queue_full}), so the hub's software never waits
 * on the agent (docs/design.md §4). The worker drains in batches, so a burst costs one lock and one wake-up per batch
 * instead of per event. Raw events (which may hold personal data) live here only until the worker redacts them.
 */
public final class EventQueue implements EventSink {
    private final int maxEvents;
    private final long maxBytes;
    private final HubEvent[] events;
    private final int[] sizes;
    private int head;
    private int count;
    private long bytes;
    private long peakBytes;
    private boolean woken;

    /**
     * @param maxEvents events held at most ({@code ingest.queue_max_events})
     * @param maxBytes  estimated heap bytes held at most ({@code ingest.queue_max_bytes}); at least one largest event
     */
    public EventQueue(int maxEvents, long maxBytes) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents < 1: " + maxEvents);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes < 1: " + maxBytes);
        }
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
        this.events = new HubEvent[maxEvents];
        this.sizes = new int[maxEvents];
    }

    /** Takes the event unless a bound would be passed; never blocks. */
    @Override
    public boolean offer(HubEvent e) {
        int size = EventBytes.of(e);
        synchronized (this) {
            if (count == maxEvents || bytes + size > maxBytes) {
                return false;
            }
            int tail = (head + count) % maxEvents;
            events[tail] = e;
            sizes[tail] = size;
            count++;
            bytes += size;
            peakBytes = Math.max(peakBytes, bytes);
            if (count == 1) {
                notifyAll(); // the worker may be waiting on an empty queue
            }
            return true;
        }
    }

    /**
     * Moves up to {@code max} waiting events, oldest first, into {@code out}; waits up to {@code waitMs} for the
     * first one when the queue is empty.
     *
     * @return how many were moved (0 when none came within {@code waitMs})
     */
    public synchronized int drainTo(List<HubEvent> out, int max, long waitMs) throws InterruptedException {
        if (count == 0 && waitMs > 0) {
            long deadline = System.nanoTime() + waitMs * 1_000_000;
            long left = waitMs;
            while (count == 0 && left > 0 && !woken) {
                wait(left);
                left = (deadline - System.nanoTime()) / 1_000_000;
            }
        }
        woken = false;
        int n = Math.min(max, count);
        for (int i = 0; i < n; i++) {
            out.add(events[head]);
            events[head] = null; // the raw event leaves memory with the worker
            bytes -= sizes[head];
            head = (head + 1) % maxEvents;
        }
        count -= n;
        return n;
    }

    /**
     * Ends the worker's current or next wait at once, with no event: an embedding that steps simulated time
     * ({@code AgentPipeline#wake}) has the worker read its clock now rather than at the end of its wait.
     */
    public synchronized void wake() {
        woken = true;
        notifyAll();
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    /** Estimated heap bytes the waiting events hold. */
    public synchronized long bytes() {
        return bytes;
    }

    /** The most {@link #bytes} has been since start. */
    public synchronized long peakBytes() {
        return peakBytes;
    }
}
