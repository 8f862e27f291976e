package com.ooma.telo.agent;

import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricWindows;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Turns the agent's cumulative counters (ingest, redact, spool, publish) into per-window contributions to the
 * registered {@code agent.*} metrics: at each health window's close it records what each counter gained since the
 * previous close, and samples the spool depth.
 */
final class AgentSampler {
    private final Map<String, Long> last = new HashMap<>();

    void sample(SortedMap<String, Long> now, MetricWindows w) {
        for (Map.Entry<String, Long> e : now.entrySet()) {
            String name = e.getKey();
            long delta = e.getValue() - last.getOrDefault(name, 0L);
            last.put(name, e.getValue());
            if (delta > 0) {
                record(name, delta, w);
            }
        }
        w.record(Metric.SPOOL_DEPTH, now.getOrDefault("spool.pending", 0L));
    }

    private static void record(String name, long delta, MetricWindows w) {
        String[] p = name.split("\\.");
        switch (name) {
            case "ingest.accepted" -> w.record(Metric.EVENTS_IN, delta);
            case "ingest.malformed" -> w.record(Metric.EVENTS_DROPPED, delta, "malformed");
            case "ingest.oversize" -> w.record(Metric.EVENTS_DROPPED, delta, "oversize");
            case "ingest.queue_full" -> w.record(Metric.EVENTS_DROPPED, delta, "queue_full");
            case "redact.events_unknown_type" -> w.record(Metric.EVENTS_DROPPED, delta, "unknown_type");
            case "events_ignored.consent" -> w.record(Metric.EVENTS_DROPPED, delta, "consent");
            default -> {
                if (name.startsWith("redact.events_invalid.")) {
                    w.record(Metric.EVENTS_DROPPED, delta, "invalid");
                } else if (name.startsWith("redact.fields_dropped.")) {
                    w.record(Metric.REDACTIONS, delta, p[p.length - 1]);
                } else if (name.startsWith("publish.")) {
                    w.record(Metric.PUBLISH, delta, p[1]);
                } else if (name.startsWith("reports_spooled.")) {
                    w.record(Metric.REPORTS, delta, p[1], "spooled");
                } else if (name.startsWith("reports_dropped.") || name.startsWith("reports_purged.")) {
                    w.record(Metric.REPORTS, delta, p[1], p.length > 2 ? p[2] : "purged");
                }
            }
        }
    }
}
