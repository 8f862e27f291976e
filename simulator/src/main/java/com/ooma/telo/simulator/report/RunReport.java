package com.ooma.telo.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.simulator.broker.Published;
import com.ooma.telo.simulator.collector.OpenedReport;
import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.hil.HilSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code report.html} shows: the summary, and the series behind its plots. Wall times are ms after playback
 * began (the faults' clock); simulated hours count from the scenario's start.
 *
 * @param callsPerHour call.ended events played in each simulated hour, every hub together
 * @param deliveries   every report stored (duplicates left out), when it arrived at the broker
 * @param spool        the agents' /status polled once a second: spool depth and connections
 */
public record RunReport(HilSummary summary, long[] callsPerHour, List<Delivery> deliveries,
        List<SpoolPoint> spool) {

    /**
     * One report as it arrived.
     *
     * @param latencyMs arrival − the end of the report's window ({@code -1} for a message without a window: the
     *                  birth, state, command replies)
     */
    public record Delivery(int hub, String kind, long wallMs, long latencyMs) {}

    /** One poll: spool depth summed over the hubs, the deepest spool, and hubs connected to the broker. */
    public record SpoolPoint(long wallMs, long pending, long maxPending, int connected) {}

    public RunReport {
        callsPerHour = callsPerHour.clone();
        deliveries = List.copyOf(deliveries);
        spool = List.copyOf(spool);
    }

    public static Builder builder(long simStartMs, long wall0) {
        return new Builder(simStartMs, wall0);
    }

    /** Collects the series hub by hub. */
    public static final class Builder {
        private static final long HOUR_MS = 3_600_000L;
        private final long simStartMs;
        private final long wall0;
        private final Map<Integer, Long> calls = new HashMap<>();
        private final List<Delivery> deliveries = new ArrayList<>();
        private final List<SpoolPoint> spool = new ArrayList<>();
        private Map<Integer, Long> arrivals;
        private int hub;

        private Builder(long simStartMs, long wall0) {
            this.simStartMs = simStartMs;
            this.wall0 = wall0;
        }

        /** One hub: the events it was sent, and its stored reports (their ordinals index {@code published}). */
        public Builder hub(List<PlayedEvent> sent, List<OpenedReport> stored, List<Published> published) {
            if (arrivals == null) {
                arrivals = new HashMap<>();
                published.forEach(p -> arrivals.put(p.ordinal(), p.arrivedMs()));
            }
            for (PlayedEvent e : sent) {
                if (e.type().equals(EventTypes.CALL_ENDED)) {
                    calls.merge((int) Math.max(0, (e.ts() - simStartMs) / HOUR_MS), 1L, Long::sum);
                }
            }
            for (OpenedReport r : stored) {
                long arrived = arrivals.getOrDefault(r.message().ordinal(), wall0);
                JsonNode end = r.body().get("end");
                long latency = end != null && end.canConvertToLong() && ("usage".equals(r.kind())
                        || "health".equals(r.kind())) ? arrived - end.asLong() : -1;
                deliveries.add(new Delivery(hub, r.kind(), arrived - wall0, latency));
            }
            hub++;
            return this;
        }

        public Builder spool(long wallMs, long pending, long maxPending, int connected) {
            spool.add(new SpoolPoint(wallMs, pending, maxPending, connected));
            return this;
        }

        public RunReport build(HilSummary summary) {
            int hours = Math.max(24 * summary.days(), calls.keySet().stream().mapToInt(h -> h + 1).max().orElse(0));
            long[] perHour = new long[hours];
            calls.forEach((h, n) -> perHour[h] += n);
            List<Delivery> sorted = new ArrayList<>(deliveries);
            sorted.sort(Comparator.comparingLong(Delivery::wallMs));
            return new RunReport(summary, perHour, sorted, spool);
        }
    }
}
