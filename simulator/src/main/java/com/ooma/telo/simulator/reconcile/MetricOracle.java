package com.ooma.telo.simulator.reconcile;

import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricWindows;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.redact.EventRedactor;
import com.ooma.telo.agent.redact.RedactOutcome;
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
 * The ground truth of one hub: what every registered event metric should count, given exactly what the simulator
 * played. Each event goes through the agent's published rules (its redactor's field treatments and its registry's
 * event bindings, the same rules docs/ingest-protocol.md and docs/metrics.md state) into one window that spans the
 * whole run, so the expected count of a metric does not depend on where the agent's wall-clock windows fell. The
 * rules are the agent's own; what the check proves is that the live agent, through ingest, windows, checkpoints,
 * sealing, spool, publish, broker and collector, lost or double-counted nothing.
 */
public final class MetricOracle {
    private static final Duration WHOLE_RUN = Duration.ofDays(3650);
    private static final String REGION = "US";

    private MetricOracle() {}

    /** Sample counts ({@code n}) per event metric, by metric name; metrics the agent keeps about itself excluded. */
    public static Map<String, Long> expected(List<PlayedEvent> played, ZoneId zone) {
        Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        EventRedactor redactor = new EventRedactor(REGION, zone, Clock.systemUTC());
        redactor.allowPseudonyms(true);
        MetricWindows windows = new MetricWindows(new WindowSchedule(WHOLE_RUN, zone),
                new WindowSchedule(WHOLE_RUN, zone), clock, ConsentLevel.FULL);
        for (PlayedEvent e : played) {
            RedactOutcome outcome = redactor.redact(new HubEvent(e.type(), e.ts(), agentValues(e.fields())));
            if (outcome instanceof RedactOutcome.Kept kept) {
                windows.accept(kept.event());
            }
        }
        Map<String, Long> n = new TreeMap<>();
        for (Metric m : Metric.values()) {
            if (isEventMetric(m)) {
                n.put(m.def().name(), 0L);
            }
        }
        for (WindowSnapshot w : windows.open()) {
            for (Series s : w.series()) {
                if (isEventMetric(s.metric())) {
                    n.merge(s.metric().def().name(), s.n(), Long::sum);
                }
            }
        }
        return n;
    }

    /** Metrics driven by ingest events; the {@code agent.*} ones count the agent itself and are checked apart. */
    public static boolean isEventMetric(Metric m) {
        return !m.def().name().startsWith("agent.");
    }

    /** The values as the agent's ingest parser hands them on: integers as Long, decimals as Double. */
    private static Map<String, Object> agentValues(Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
                out.put(k, ((Number) v).longValue());
            } else if (v instanceof Float f) {
                out.put(k, f.doubleValue());
            } else {
                out.put(k, v);
            }
        });
        return out;
    }
}
