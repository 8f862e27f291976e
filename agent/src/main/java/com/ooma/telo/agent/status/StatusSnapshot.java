package com.ooma.telo.agent.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What the status page, {@code /metrics} and {@code /healthz} show, already cut to the view that asks: built by the
 * agent for {@link View#LAN} without anything calls cause ({@link DeviceCounters}), without the usage report.
 *
 * @param health        {@code ok}, or the one word naming why the agent is not healthy ({@code pipeline},
 *                      {@code broker}, {@code spool})
 * @param counters      every counter the view may show, cumulative since start
 * @param today         what each of those gained since local midnight (or since start, if later)
 * @param hourly        device events taken in per hour, the last 24 hours, oldest first (the chart)
 * @param lastHealth    the last health report as sealed, decoded to JSON
 * @param lastUsage     the last usage report as sealed, decoded (loopback at consent full only)
 * @param showsCalls    whether this snapshot may show call-derived facts
 */
public record StatusSnapshot(String deviceId, String version, Instant now, Duration uptime, String consent,
                             boolean brokerConnected, Optional<String> lastConnectError, String health,
                             SortedMap<String, Long> counters, SortedMap<String, Long> today, List<Long> hourly,
                             Optional<Report> lastHealth, Optional<Report> lastUsage, boolean showsCalls,
                             View view) {

    /** One report as it was sealed: when, and its CBOR payload as JSON. */
    public record Report(Instant sealedAt, String json) {
    }

    public StatusSnapshot {
        hourly = List.copyOf(hourly);
    }

    public boolean healthy() {
        return "ok".equals(health);
    }
}
