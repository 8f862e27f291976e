package com.ooma.telo.simulator.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.simulator.collector.StoredReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one device's stored reports count: the sample count ({@code n}) of every registered metric summed over its
 * reports, the agent's own intake and drop counters by label, and the windows that arrived (to name where a gap
 * is).
 */
public record ReportTally(Map<String, Long> counted, Map<String, Long> agent, List<ReportWindowSeen> windows) {

    /** One report's window: channel, boot epoch, [start, end) in wall ms, and its envelope seq. */
    public record ReportWindowSeen(String channel, long boot, long startMs, long endMs, long seq) {}

    public ReportTally {
        counted = Map.copyOf(counted);
        agent = Map.copyOf(agent);
        windows = List.copyOf(windows);
    }

    public static ReportTally of(List<StoredReport> reports) {
        Map<String, Long> counted = new TreeMap<>();
        Map<String, Long> agent = new TreeMap<>();
        List<ReportWindowSeen> windows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (MetricOracle.isEventMetric(m)) {
                counted.put(m.def().name(), 0L);
            }
        }
        for (StoredReport r : reports) {
            JsonNode body = r.report().body();
            String kind = r.report().kind();
            if (!kind.equals("usage") && !kind.equals("health")) {
                continue; // the offline will, command replies: no metrics
            }
            windows.add(new ReportWindowSeen(kind, r.bootEpoch(), body.path("start").asLong(),
                    body.path("end").asLong(), r.report().seq()));
            for (Metric m : Metric.values()) {
                JsonNode v = body.get(m.def().name());
                if (v == null) {
                    continue;
                }
                if (MetricOracle.isEventMetric(m)) {
                    counted.merge(m.def().name(), n(v), Long::sum);
                } else {
                    agentCounters(m.def().name(), v, agent);
                }
            }
        }
        windows.sort(Comparator.comparing(ReportWindowSeen::channel).thenComparingLong(ReportWindowSeen::boot)
                .thenComparingLong(ReportWindowSeen::startMs));
        return new ReportTally(counted, agent, windows);
    }

    /** An agent counter's total, or one label's ({@code agent.events_dropped{reason=malformed}}); 0 when absent. */
    public long agent(String key) {
        return agent.getOrDefault(key, 0L);
    }

    /** A counter, a labelled counter (sum of its entries) or a distribution/quantity/boolean (its sample count). */
    static long n(JsonNode v) {
        if (v.isNumber()) {
            return v.asLong();
        }
        if (v.isArray()) {
            long sum = 0;
            for (JsonNode e : v) {
                sum += e.path("n").asLong(0);
            }
            return sum;
        }
        return v.path("n").asLong(0);
    }

    private static void agentCounters(String name, JsonNode v, Map<String, Long> into) {
        into.merge(name, n(v), Long::sum);
        if (v.isArray()) {
            for (JsonNode e : v) {
                e.fieldNames().forEachRemaining(label -> {
                    if (!label.equals("n")) {
                        into.merge(name + "{" + label + "=" + e.path(label).asText() + "}", e.path("n").asLong(0),
                                Long::sum);
                    }
                });
            }
        }
    }
}
