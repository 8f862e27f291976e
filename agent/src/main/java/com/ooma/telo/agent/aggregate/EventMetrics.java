package com.ooma.telo.agent.aggregate;

import com.ooma.telo.agent.event.Labels;
import com.ooma.telo.agent.event.RedactedEvent;
import java.util.Set;

/**
 * Which registered metrics each declared event type drives, and with which of its derived values. The binding is
 * tested end to end: every registered metric must show up in an opened report after a run of ingest events.
 */
final class EventMetrics {
    /**
     * Event types the hub sends on a timer (docs/ingest-protocol.md): what they record does not trigger a
     * checkpoint of its own, since the next sample tells the same story; a crash loses at most one health window of
     * them. Keeps the flash cost of a household day at about 250 checkpoint writes instead of 540.
     */
    static final Set<String> PERIODIC = Set.of("system.resources", "network.rtt",
            "dect.link", "dect.status");

    private EventMetrics() {
    }

    static void record(RedactedEvent e, MetricWindows w) {
        switch (e.type()) {
            case "call.setup" -> callSetup(e, w);
            case "call.ended" -> callEnded(e, w);
            case "call.quality" -> {
                String codec = e.label("codec").orElse(Labels.OTHER);
                e.number("mos_lq").ifPresent(v -> w.record(Metric.MOS_LQ, v, codec));
                e.number("r_factor").ifPresent(v -> w.record(Metric.R_FACTOR, v, codec));
                e.number("packet_loss_pct").ifPresent(v -> w.record(Metric.PACKET_LOSS, v, codec));
                e.number("jitter_ms").ifPresent(v -> w.record(Metric.JITTER, v, codec));
                e.number("round_trip_ms").ifPresent(v -> w.record(Metric.ROUND_TRIP, v, codec));
                address(e, "remote_addr", Metric.MEDIA_PEER, w);
            }
            case "sip.register" -> {
                e.label("response_code").ifPresent(c -> w.record(Metric.REGISTER_RESULTS, 1, c));
                e.number("latency_ms").ifPresent(v -> w.record(Metric.REGISTER_LATENCY, v));
            }
            case "dect.status" -> e.number("registered").ifPresent(v -> w.record(Metric.DECT_REGISTERED, v));
            case "dect.subscription" -> e.label("action").ifPresent(a -> w.record(Metric.DECT_SUBSCRIPTIONS, 1, a));
            case "dect.link" -> {
                e.number("rssi_dbm").ifPresent(v -> w.record(Metric.DECT_RSSI, v));
                if (e.flag("out_of_range")) {
                    w.record(Metric.DECT_OUT_OF_RANGE, 1);
                }
            }
            case "network.wan" -> {
                e.label("state").ifPresent(s -> {
                    w.record(Metric.WAN_CHANGES, 1, s);
                    w.record(Metric.WAN_UP, s.equals("up") ? 1 : 0);
                });
                address(e, "wan_ip", Metric.WAN_ADDRESS, w);
                e.number("outage_ms").ifPresent(v -> w.record(Metric.OUTAGES, v));
            }
            case "network.dns_failure" -> e.label("reason").ifPresent(r -> w.record(Metric.DNS_FAILURES, 1, r));
            case "network.rtt" -> e.number("rtt_ms").ifPresent(v -> w.record(Metric.SBC_RTT, v));
            case "system.boot" -> {
                e.label("reason").ifPresent(r -> w.record(Metric.REBOOTS, 1, r));
                e.label("firmware").ifPresent(f -> w.record(Metric.FIRMWARE, 1, f));
            }
            case "system.resources" -> {
                e.number("cpu_pct").ifPresent(v -> w.record(Metric.CPU, v));
                e.number("mem_free_kb").ifPresent(v -> w.record(Metric.MEMORY_FREE, v));
                e.number("storage_writes_kb").ifPresent(v -> w.record(Metric.STORAGE_WRITES, v));
                e.label("firmware").ifPresent(f -> w.record(Metric.FIRMWARE, 1, f));
            }
            case "system.config_changed" -> e.label("setting").ifPresent(s -> w.record(Metric.CONFIG_CHANGES, 1, s));
            default -> { }
        }
    }

    private static void callSetup(RedactedEvent e, MetricWindows w) {
        e.number("post_dial_delay_ms").ifPresent(v -> w.record(Metric.POST_DIAL_DELAY, v));
        e.number("active_calls").ifPresent(v -> w.record(Metric.CONCURRENT_CALLS, v));
        for (String header : Labels.IDENTITY_HEADERS) {
            e.label(header).ifPresent(state -> w.record(Metric.CALL_IDENTITY, 1, header, state));
        }
        e.label("privacy").ifPresent(p -> w.record(Metric.CALL_PRIVACY, 1, p));
    }

    private static void callEnded(RedactedEvent e, MetricWindows w) {
        String dir = e.label("direction").orElseThrow();
        String disp = e.label("disposition").orElseThrow();
        String dest = e.label("remote_number").orElse("anonymous");
        w.record(Metric.CALLS, 1, dir, disp, dest);
        if (disp.equals("answered")) {
            e.number("duration_ms").ifPresent(s -> w.record(Metric.CALL_DURATION, s));
        }
        e.label("started_at").ifPresent(h -> w.record(Metric.CALL_HOUR, 1, h));
        e.label("sip_code").ifPresent(c -> w.record(Metric.FINAL_RESPONSE, 1, c));
        e.label("blocked_by").ifPresent(r -> w.record(Metric.CALL_BLOCKED, 1, r));
        if (e.flag("forwarded")) {
            w.record(Metric.CALL_FORWARDED, 1);
        }
        if (dir.equals("inbound")) {
            boolean named = e.label("remote_name").filter("present"::equals).isPresent();
            w.record(Metric.CALLER_ID, 1, named ? "name" : dest.equals("anonymous") ? "withheld" : "number_only");
            if (e.values().get("remote_number.first_today") instanceof Boolean first) {
                w.record(first ? Metric.DISTINCT_CALLERS : Metric.REPEAT_CALLS, 1);
            }
        }
    }

    private static void address(RedactedEvent e, String field, Metric metric, MetricWindows w) {
        e.label(field + ".class").ifPresent(c -> w.record(metric, 1, c, e.label(field + ".family").orElseThrow()));
    }
}
