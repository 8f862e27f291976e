package com.ooma.telo.simulator.hil;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricType;
import com.ooma.telo.agent.aggregate.MetricWindows;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.redact.EventRedactor;
import com.ooma.telo.agent.redact.RedactOutcome;
import com.ooma.telo.simulator.collector.OpenedReport;
import com.ooma.telo.simulator.event.PlayedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ground truth of one hub for every additive event metric: what its counters and distributions' sample counts
 * must add up to over the run, given exactly what the simulator played. Each played event goes through the agent's
 * own published rules (its redactor and its registry's event bindings) into one window spanning the whole run, so
 * the expected total does not depend on where the agent's windows fell; the check then proves that the live agent,
 * through ingest, windows, checkpoints, sealing, spool, publish, broker and collector, lost or double-counted
 * nothing. Left out, because their totals are not sums over windows: the agent's own {@code agent.*} metrics,
 * quantities and booleans (samples, not counts; a crash may lose a window of them), distinct callers and repeat
 * calls (distinct within a window and within one run of the agent), and, with local DP on, the noised metrics.
 */
final class MetricOracle {
    private static final Duration WHOLE_RUN = Duration.ofDays(3650);
    private static final String REGION = "US";

    private MetricOracle() {}

    /** Whether {@code m}'s total over a run is the sum of its windows' totals, and so checked. */
    static boolean additive(Metric m, boolean dpOn) {
        MetricType t = m.def().type();
        return !m.def().name().startsWith("agent.")
                && (t == MetricType.COUNTER || t == MetricType.LABELED_COUNTER || t == MetricType.DISTRIBUTION)
                && m != Metric.DISTINCT_CALLERS && m != Metric.REPEAT_CALLS
                && !(dpOn && m.def().epsilon() > 0);
    }

    /** Expected total (counter value, or sample count) of each checked metric, by name. */
    static Map<String, Long> expected(List<PlayedEvent> played, ZoneId zone, boolean dpOn) {
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        EventRedactor redactor = new EventRedactor(REGION, zone, clock);
        redactor.allowPseudonyms(true);
        MetricWindows windows = new MetricWindows(new WindowSchedule(WHOLE_RUN, zone),
                new WindowSchedule(WHOLE_RUN, zone), clock, ConsentLevel.FULL);
        for (PlayedEvent e : played) {
            if (redactor.redact(new HubEvent(e.type(), e.ts(), agentValues(e.fields()))) instanceof RedactOutcome.Kept k) {
                windows.accept(k.event());
            }
        }
        Map<String, Long> n = new TreeMap<>();
        for (Metric m : Metric.values()) {
            if (additive(m, dpOn)) {
                n.put(m.def().name(), 0L);
            }
        }
        for (WindowSnapshot w : windows.open()) {
            for (Series s : w.series()) {
                n.computeIfPresent(s.metric().def().name(), (k, v) -> v + s.n());
            }
        }
        return n;
    }

    /** The same totals from the opened reports: a counter's value, a labelled counter's rows' and a distribution's n. */
    static Map<String, Long> counted(List<OpenedReport> reports, Map<String, Long> expected) {
        Map<String, Long> n = new TreeMap<>();
        expected.keySet().forEach(k -> n.put(k, 0L));
        for (OpenedReport r : reports) {
            for (String name : expected.keySet()) {
                n.merge(name, total(r.body().path(name)), Long::sum);
            }
        }
        return n;
    }

    private static long total(JsonNode v) {
        if (v.isNumber()) {
            return v.asLong();
        }
        if (v.isArray()) {
            long sum = 0;
            for (JsonNode row : v) {
                sum += row.path("n").asLong(0);
            }
            return sum;
        }
        return v.path("n").asLong(0); // a distribution; absent (a sparse report) is zero
    }

    /** The values as the agent's ingest parser hands them on: integers as Long, decimals as Double. */
    private static Map<String, Object> agentValues(Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k, v instanceof Integer || v instanceof Short || v instanceof Byte
                ? (Object) ((Number) v).longValue() : v instanceof Float f ? (Object) f.doubleValue() : v));
        return out;
    }
}
