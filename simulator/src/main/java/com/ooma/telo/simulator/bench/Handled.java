package com.ooma.telo.simulator.bench;

import java.util.Map;

/** Reads from the agent's counters how far its worker has got with the events ingest accepted. */
final class Handled {
    private Handled() {}

    /** Accepted events the worker has finished with (an empty queue alone can hide the one in hand). */
    static long events(Map<String, Long> c) {
        long n = c.getOrDefault("events_counted", 0L) + c.getOrDefault("redact.events_unknown_type", 0L)
                + c.getOrDefault("events_ignored.consent", 0L) + c.getOrDefault("ingest.queue_full", 0L)
                + c.getOrDefault("diag.hub_lines.accepted", 0L);
        for (Map.Entry<String, Long> e : c.entrySet()) {
            if (e.getKey().startsWith("redact.events_invalid.")) {
                n += e.getValue();
            }
        }
        return n;
    }

    /** Every line written has been taken in, and every event taken in has been handled. */
    static boolean quiet(Map<String, Long> c, long linesWritten) {
        long accepted = c.getOrDefault("ingest.accepted", 0L);
        return accepted + c.getOrDefault("ingest.malformed", 0L) >= linesWritten && events(c) >= accepted;
    }
}
