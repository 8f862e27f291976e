package com.ooma.telo.agent.aggregate;

import static com.ooma.telo.agent.aggregate.MetricType.BOOLEAN;
import static com.ooma.telo.agent.aggregate.MetricType.COUNTER;
import static com.ooma.telo.agent.aggregate.MetricType.DISTRIBUTION;
import static com.ooma.telo.agent.aggregate.MetricType.LABELED_COUNTER;
import static com.ooma.telo.agent.aggregate.MetricType.QUANTITY;

import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.agent.event.Labels;
import java.util.List;

/**
 * The metric registry: every metric the agent can record, declared once. Recording takes a constant of this enum,
 * so an unregistered metric is a compile error; a label value outside its closed set is dropped and counted.
 * docs/data-inventory.md is generated from this list (MetricRegistryTest fails when the committed file is stale).
 */
public enum Metric {
    CALLS(MetricDef.of("calls", LABELED_COUNTER, "calls", Cause.CALLS, "call.ended",
            "call volume by direction, outcome and destination class: capacity, fraud and fault trends")
            .labels(l("dir", Labels.DIRECTIONS), l("disp", Labels.DISPOSITIONS), l("dest", Labels.DESTINATIONS))
            .noised(0.5, "one call")),
    CALL_DURATION(MetricDef.of("call.duration_s", DISTRIBUTION, "s", Cause.CALLS, "call.ended duration_ms (answered)",
            "talk-time distribution: dropped-call and billing-plan sizing")
            .buckets(14_400, 10L, 30L, 60L, 120L, 300L, 600L, 1800L, 3600L)),
    CALL_HOUR(MetricDef.of("call.hour", LABELED_COUNTER, "calls", Cause.CALLS, "call.ended started_at",
            "busy-hour load on the service").labels(l("hour", Labels.HOURS)).noised(0.25, "one call")),
    CALLER_ID(MetricDef.of("call.caller_id", LABELED_COUNTER, "calls", Cause.CALLS, "call.ended inbound",
            "caller-ID delivery: missing names are a carrier fault").labels(l("shown", Labels.CALLER_ID))),
    CALL_BLOCKED(MetricDef.of("call.blocked", LABELED_COUNTER, "calls", Cause.CALLS, "call.ended blocked_by",
            "how much the blocking features are used").labels(l("rule", Labels.BLOCK_REASONS))),
    CALL_FORWARDED(MetricDef.of("call.forwarded", COUNTER, "calls", Cause.CALLS, "call.ended forwarded",
            "forwarding feature use")),
    CALL_IDENTITY(MetricDef.of("call.identity_headers", LABELED_COUNTER, "calls", Cause.CALLS, "call.setup headers",
            "identity headers delivered or anonymised: interconnect faults")
            .labels(l("header", Labels.IDENTITY_HEADERS), l("state", Labels.IDENTITY_STATES))),
    CALL_PRIVACY(MetricDef.of("call.privacy_requested", LABELED_COUNTER, "calls", Cause.CALLS, "call.setup privacy",
            "how often callers ask for privacy").labels(l("privacy", Labels.PRIVACY_REQUESTS))),
    DISTINCT_CALLERS(MetricDef.of("call.distinct_callers", COUNTER, "numbers", Cause.CALLS,
            "call.ended remote_number (keyed daily pseudonym)", "distinct inbound numbers in the window (spam waves)")
            .noised(0.25, "one caller-day")),
    REPEAT_CALLS(MetricDef.of("call.repeat_calls", COUNTER, "calls", Cause.CALLS,
            "call.ended remote_number (keyed daily pseudonym)", "inbound calls from a number already seen that day")
            .noised(0.25, "one call")),
    POST_DIAL_DELAY(MetricDef.of("call.post_dial_delay_ms", DISTRIBUTION, "ms", Cause.CALLS, "call.setup",
            "slow call setup is a service fault; a call's setup time is a calling record").buckets(60_000, 500L, 1000L, 2000L, 3000L, 5000L, 8000L, 15000L)),
    CONCURRENT_CALLS(MetricDef.of("call.concurrent", DISTRIBUTION, "calls", Cause.CALLS, "call.setup active_calls",
            "calls already active when a call is set up, against the hub's line capacity")
            .buckets(16, 1L, 2L, 3L, 4L, 8L)),
    FINAL_RESPONSE(MetricDef.of("call.final_response", LABELED_COUNTER, "calls", Cause.CALLS, "call.ended sip_code",
            "SIP failures by class; one per call, so its timing is call timing").labels(l("class", Labels.RESPONSE_CLASSES))),
    MOS_LQ(voice("voice.mos_lq", "centi-MOS", "listening quality", 1_000, 250L, 310L, 360L, 400L, 430L)),
    R_FACTOR(voice("voice.r_factor", "R", "transmission rating", 120, 50L, 60L, 70L, 80L, 90L)),
    PACKET_LOSS(voice("voice.packet_loss", "0.01 %", "network loss", 10_000, 0L, 20L, 50L, 100L, 300L, 1000L)),
    JITTER(voice("voice.jitter_ms", "ms", "jitter", 10_000, 5L, 10L, 20L, 40L, 80L, 160L)),
    ROUND_TRIP(voice("voice.round_trip_ms", "ms", "round-trip delay", 60_000, 50L, 100L, 150L, 300L, 500L, 1000L)),
    MEDIA_PEER(MetricDef.of("voice.remote_address", LABELED_COUNTER, "calls", Cause.CALLS, "call.quality remote_addr",
            "media peers behind CGNAT or private addresses break audio; one per call")
            .labels(l("class", Labels.ADDRESS_CLASSES), l("family", Labels.ADDRESS_FAMILIES))),
    REGISTER_RESULTS(MetricDef.of("sip.register_results", LABELED_COUNTER, "registrations", Cause.DEVICE,
            "sip.register response_code", "registration failures (403, 408, 503 storms)")
            .labels(l("class", Labels.RESPONSE_CLASSES))),
    REGISTER_LATENCY(MetricDef.of("sip.register_latency_ms", DISTRIBUTION, "ms", Cause.DEVICE, "sip.register",
            "registrar responsiveness").buckets(120_000, 50L, 100L, 250L, 500L, 1000L, 3000L, 10000L)),
    DECT_REGISTERED(MetricDef.of("dect.handsets_registered", QUANTITY, "handsets", Cause.DEVICE, "dect.status",
            "handsets in use").clamped(10)),
    DECT_SUBSCRIPTIONS(MetricDef.of("dect.subscription_events", LABELED_COUNTER, "events", Cause.DEVICE,
            "dect.subscription", "pairing trouble").labels(l("action", Labels.DECT_ACTIONS))),
    DECT_RSSI(MetricDef.of("dect.rssi_dbm", QUANTITY, "dBm", Cause.DEVICE, "dect.link", "handset radio coverage")
            .clamped(120)),
    DECT_OUT_OF_RANGE(MetricDef.of("dect.out_of_range", COUNTER, "events", Cause.DEVICE, "dect.link out_of_range",
            "coverage holes")),
    WAN_CHANGES(MetricDef.of("network.wan_link_changes", LABELED_COUNTER, "changes", Cause.DEVICE, "network.wan",
            "WAN stability").labels(l("state", Labels.LINK_STATES))),
    WAN_UP(MetricDef.of("network.wan_up", BOOLEAN, "", Cause.DEVICE, "network.wan state",
            "whether the WAN link was up at its last change in the window")),
    OUTAGES(MetricDef.of("network.outage_s", DISTRIBUTION, "s", Cause.DEVICE, "network.wan outage_ms",
            "how long WAN outages last").buckets(604_800, 10L, 60L, 300L, 900L, 3600L, 14400L)),
    WAN_ADDRESS(MetricDef.of("network.wan_address", LABELED_COUNTER, "changes", Cause.DEVICE, "network.wan wan_ip",
            "CGNAT and private WAN addresses break SIP")
            .labels(l("class", Labels.ADDRESS_CLASSES), l("family", Labels.ADDRESS_FAMILIES))),
    DNS_FAILURES(MetricDef.of("network.dns_failures", LABELED_COUNTER, "lookups", Cause.DEVICE, "network.dns_failure",
            "resolver trouble").labels(l("reason", Labels.DNS_FAILURES))),
    SBC_RTT(MetricDef.of("network.sbc_rtt_ms", QUANTITY, "ms", Cause.DEVICE, "network.rtt", "path to the SBC")
            .clamped(60_000)),
    REBOOTS(MetricDef.of("system.reboots", LABELED_COUNTER, "boots", Cause.DEVICE, "system.boot",
            "crash and power trouble").labels(l("reason", Labels.BOOT_REASONS))),
    CPU(MetricDef.of("system.cpu_pct", QUANTITY, "%", Cause.DEVICE, "system.resources", "load").clamped(100)),
    MEMORY_FREE(MetricDef.of("system.memory_free_kb", QUANTITY, "KiB", Cause.DEVICE, "system.resources",
            "memory leaks").clamped(1L << 40)),
    STORAGE_WRITES(MetricDef.of("system.storage_writes_kb", COUNTER, "KiB", Cause.DEVICE, "system.resources",
            "flash wear").clamped(1L << 40)),
    FIRMWARE(MetricDef.of("system.firmware", LABELED_COUNTER, "samples", Cause.DEVICE, "system.boot, system.resources",
            "which released firmware runs").labels(l("version", Labels.FIRMWARE))),
    CONFIG_CHANGES(MetricDef.of("system.config_changes", LABELED_COUNTER, "changes", Cause.DEVICE,
            "system.config_changed", "which settings customers change").labels(l("setting", Labels.CONFIG_SETTINGS))),
    EVENTS_IN(MetricDef.of("agent.events_in", COUNTER, "events", Cause.DEVICE, "ingest", "agent intake")
            .clamped(Long.MAX_VALUE)),
    EVENTS_DROPPED(MetricDef.of("agent.events_dropped", LABELED_COUNTER, "events", Cause.DEVICE, "ingest, redact",
            "every drop is counted by reason").clamped(Long.MAX_VALUE).labels(l("reason", AgentLabels.DROP_REASONS))),
    REDACTIONS(MetricDef.of("agent.fields_redacted", LABELED_COUNTER, "fields", Cause.DEVICE, "redact",
            "what redaction removed, by policy class").clamped(Long.MAX_VALUE)
            .labels(l("class", AgentLabels.REDACTION_CLASSES))),
    SPOOL_DEPTH(MetricDef.of("agent.spool_depth", QUANTITY, "reports", Cause.DEVICE, "spool",
            "reports waiting for the broker").clamped(Long.MAX_VALUE)),
    PUBLISH(MetricDef.of("agent.publish", LABELED_COUNTER, "operations", Cause.DEVICE, "publish", "delivery health")
            .clamped(Long.MAX_VALUE).labels(l("outcome", AgentLabels.PUBLISH_OUTCOMES))),
    FAULTS(MetricDef.of("agent.faults", LABELED_COUNTER, "occurrences", Cause.DEVICE,
            "spool, checkpoint, pipeline", "damage and errors that lose or risk data: spool records skipped as "
                    + "damaged or cut off as torn at start, spool I/O errors, failed checkpoints, pipeline errors, a wall "
                    + "clock that jumped or that a receipt's signed time showed off")
            .clamped(Long.MAX_VALUE).labels(l("kind", AgentLabels.FAULT_KINDS))),
    CONNECT_ERRORS(MetricDef.of("agent.connect_errors", LABELED_COUNTER, "attempts", Cause.DEVICE, "publish",
            "why connecting to the broker failed: DNS, TCP, TLS (untrusted, hostname, expired, client refused), "
                    + "credentials, broker").clamped(Long.MAX_VALUE)
            .labels(l("class", AgentLabels.CONNECT_ERRORS))),
    REPORTS(MetricDef.of("agent.reports", LABELED_COUNTER, "reports", Cause.DEVICE, "spool",
            "reports stored, refused, held until a full disk has room, or purged").clamped(Long.MAX_VALUE)
            .labels(l("channel", AgentLabels.CHANNELS), l("outcome", AgentLabels.REPORT_OUTCOMES))),
    METRIC_DROPS(MetricDef.of("agent.metric_drops", LABELED_COUNTER, "recordings", Cause.DEVICE, "aggregate, privacy",
            "recordings refused by the registry or the privacy budget").clamped(Long.MAX_VALUE)
            .labels(l("reason", AgentLabels.METRIC_DROP_REASONS))),
    CALL_EVENTS_IN(MetricDef.of("agent.call_events_in", COUNTER, "events", Cause.CALLS, "ingest (call.* types)",
            "agent intake of call events, kept out of health so its timing cannot follow the calls")
            .clamped(Long.MAX_VALUE)),
    CALL_EVENTS_DROPPED(MetricDef.of("agent.call_events_dropped", LABELED_COUNTER, "events", Cause.CALLS,
            "ingest, redact (call.* types)", "call events dropped, by reason")
            .clamped(Long.MAX_VALUE).labels(l("reason", AgentLabels.DROP_REASONS))),
    CALL_REDACTIONS(MetricDef.of("agent.call_fields_redacted", LABELED_COUNTER, "fields", Cause.CALLS,
            "redact (call.* types)", "what redaction removed from call events, by policy class")
            .clamped(Long.MAX_VALUE).labels(l("class", AgentLabels.REDACTION_CLASSES))),
    CALL_METRIC_DROPS(MetricDef.of("agent.call_metric_drops", LABELED_COUNTER, "recordings", Cause.CALLS,
            "aggregate", "recordings of call metrics refused or clamped by the registry").clamped(Long.MAX_VALUE)
            .labels(l("reason", AgentLabels.METRIC_DROP_REASONS)));

    private final MetricDef def;

    Metric(MetricDef def) {
        this.def = def;
    }

    public MetricDef def() {
        return def;
    }

    private static LabelDef l(String name, List<String> values) {
        return new LabelDef(name, values);
    }

    private static MetricDef voice(String name, String unit, String what, long clamp, Long... bounds) {
        return MetricDef.of(name, DISTRIBUTION, unit, Cause.CALLS, "call.quality",
                what + " by codec class; the value is non-personal, its timing is call timing")
                .labels(l("codec", Labels.CODECS)).buckets(clamp, bounds);
    }
}
