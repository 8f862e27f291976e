package com.ooma.telo.agent.status;

import java.util.Map;
import java.util.Set;

/**
 * {@code /metrics} in the Prometheus text exposition format (version 0.0.4): every counter the snapshot holds, as
 * {@code telo_<name>_total} (dots and dashes become underscores) or, for levels, as a gauge. Each metric's HELP line
 * names its cause, {@code device} or {@code calls}; call-caused ones appear only where the snapshot may show calls
 * (loopback at consent {@code full}), so a LAN scrape carries device-caused metrics only.
 */
final class MetricsText {
    /** Counters that are levels, not running totals. */
    static final Set<String> GAUGES = Set.of("ingest.connections_open", "ingest.partial_bytes_held",
            "ingest.partial_bytes_peak", "spool.pending", "spool.awaiting_receipt", "spool.bytes", "pipeline.queued",
            "pipeline.queued_bytes", "pipeline.queued_bytes_peak", "diag.hub_lines.held");

    private MetricsText() {}

    static String render(StatusSnapshot s) {
        StringBuilder b = new StringBuilder(8192);
        gauge(b, "telo_up", "1 while the agent answers", 1);
        gauge(b, "telo_healthy", "1 when /healthz answers 200", s.healthy() ? 1 : 0);
        gauge(b, "telo_uptime_seconds", "seconds since the agent started", s.uptime().toSeconds());
        gauge(b, "telo_broker_connected", "1 while connected to the broker", s.brokerConnected() ? 1 : 0);
        b.append("# HELP telo_build_info the agent's version (cause: device)\n# TYPE telo_build_info gauge\n")
                .append("telo_build_info{version=\"").append(label(s.version())).append("\"} 1\n");
        for (Map.Entry<String, Long> e : s.counters().entrySet()) {
            String cause = DeviceCounters.callCaused(e.getKey()) ? "calls" : "device";
            boolean gauge = GAUGES.contains(e.getKey());
            String name = "telo_" + e.getKey().replaceAll("[^A-Za-z0-9_]", "_") + (gauge ? "" : "_total");
            b.append("# HELP ").append(name).append(" agent counter ").append(e.getKey()).append(" (cause: ")
                    .append(cause).append(")\n# TYPE ").append(name).append(gauge ? " gauge\n" : " counter\n")
                    .append(name).append(' ').append(e.getValue()).append('\n');
        }
        return b.toString();
    }

    private static void gauge(StringBuilder b, String name, String help, long value) {
        b.append("# HELP ").append(name).append(' ').append(help).append(" (cause: device)\n# TYPE ").append(name)
                .append(" gauge\n").append(name).append(' ').append(value).append('\n');
    }

    private static String label(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
