package com.ooma.telo.agent;

import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricWindows;
import com.ooma.telo.agent.event.Cause;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Turns the agent's cumulative counters (ingest, redact, spool, publish) into per-window contributions to the
 * registered {@code agent.*} metrics: at each health window's close it records what each counter gained since the
 * previous close, and samples the spool depth.
 *
 * <p>Intake counters are split by cause. A counter {@code K} counts every line, its twin {@code K.calls} the call
 * events among them; the health metric gets {@code K − K.calls} (the device's share) and the usage twin
 * ({@code agent.call_*}) gets {@code K.calls}, so a health report counts no call event at all. Redaction counters
 * carry the event type in their name, which gives their cause. Blank lines ({@code ingest.blank}) stay local: they
 * carry no event, and the hub may send them between a call's events.
 */
final class AgentSampler {
    /** Intake counters with a {@code .calls} twin, and the drop reason each is reported under (empty: accepted). */
    private static final Map<String, String> INTAKE = Map.of(
            "ingest.accepted", "",
            "ingest.malformed", "malformed",
            "ingest.oversize", "oversize",
            "ingest.queue_full", "queue_full",
            "ingest.truncated", "truncated",
            "redact.events_unknown_type", "unknown_type",
            "events_ignored.consent", "consent");
    private static final String CALLS = ".calls";
    private static final java.util.Set<String> FAULTS = java.util.Set.of("spool.corrupt_skipped",
            "spool.torn_truncated", "spool.moved_aside", "spool.io_errors", "checkpoint.failures", "pipeline.errors",
            "state.recovered", "clock.jumps", "clock.off");
    private static final String FIELDS_DROPPED = "redact.fields_dropped.";
    private static final String EVENTS_INVALID = "redact.events_invalid.";

    private final Map<String, Long> last = new HashMap<>();

    void sample(SortedMap<String, Long> now, MetricWindows w) {
        Map<String, Long> delta = new HashMap<>();
        for (Map.Entry<String, Long> e : now.entrySet()) {
            long d = e.getValue() - last.getOrDefault(e.getKey(), 0L);
            last.put(e.getKey(), e.getValue());
            if (d > 0) {
                delta.put(e.getKey(), d);
            }
        }
        delta.forEach((name, d) -> record(name, d, delta, w));
        w.record(Metric.SPOOL_DEPTH, now.getOrDefault("spool.pending", 0L));
    }

    private static void record(String name, long d, Map<String, Long> delta, MetricWindows w) {
        if (INTAKE.containsKey(name)) {
            intake(INTAKE.get(name), Cause.DEVICE, d - delta.getOrDefault(name + CALLS, 0L), w);
            return;
        }
        String base = name.endsWith(CALLS) ? name.substring(0, name.length() - CALLS.length()) : null;
        if (base != null && INTAKE.containsKey(base)) {
            intake(INTAKE.get(base), Cause.CALLS, d, w);
            return;
        }
        String[] p = name.split("\\.");
        if (name.startsWith(FIELDS_DROPPED)) {
            String type = name.substring(FIELDS_DROPPED.length(), name.lastIndexOf('.'));
            Metric m = Cause.ofType(type) == Cause.CALLS ? Metric.CALL_REDACTIONS : Metric.REDACTIONS;
            w.record(m, d, p[p.length - 1]);
        } else if (name.startsWith(EVENTS_INVALID)) {
            intake("invalid", Cause.ofType(name.substring(EVENTS_INVALID.length())), d, w);
        } else if (FAULTS.contains(name)) {
            w.record(Metric.FAULTS, d, name.replace('.', '_'));
        } else if (name.startsWith("publish.connect_error.")) {
            w.record(Metric.CONNECT_ERRORS, d, p[2]);
        } else if (name.startsWith("publish.")) {
            w.record(Metric.PUBLISH, d, p[1]);
        } else if (name.startsWith("reports_spooled.")) {
            w.record(Metric.REPORTS, d, p[1], "spooled");
        } else if (name.startsWith("reports_held.")) {
            w.record(Metric.REPORTS, d, p[1], "held"); // the spool refused it (a full disk); kept in memory, retried
        } else if (name.startsWith("reports_dropped.") || name.startsWith("reports_purged.")) {
            w.record(Metric.REPORTS, d, p[1], p.length > 2 ? p[2] : "purged");
        }
    }

    /** @param reason empty for accepted lines, else the drop reason */
    private static void intake(String reason, Cause cause, long n, MetricWindows w) {
        if (n <= 0) {
            return;
        }
        boolean calls = cause == Cause.CALLS;
        if (reason.isEmpty()) {
            w.record(calls ? Metric.CALL_EVENTS_IN : Metric.EVENTS_IN, n);
        } else {
            w.record(calls ? Metric.CALL_EVENTS_DROPPED : Metric.EVENTS_DROPPED, n, reason);
        }
    }
}
