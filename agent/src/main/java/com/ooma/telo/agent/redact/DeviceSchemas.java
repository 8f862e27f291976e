package com.ooma.telo.agent.redact;

import static com.ooma.telo.agent.redact.FieldRule.dropped;
import static com.ooma.telo.agent.redact.FieldRule.optional;
import static com.ooma.telo.agent.redact.FieldRule.required;
import static com.ooma.telo.agent.redact.PolicyClass.IDENTIFIER;
import static com.ooma.telo.agent.redact.PolicyClass.NON_PERSONAL;
import static com.ooma.telo.agent.redact.PolicyClass.PERSONAL;

import com.ooma.telo.agent.event.Labels;
import com.ooma.telo.agent.redact.Treatment.DurationSeconds;
import com.ooma.telo.agent.redact.Treatment.Flag;
import com.ooma.telo.agent.redact.Treatment.IpAddress;
import com.ooma.telo.agent.redact.Treatment.Label;
import com.ooma.telo.agent.redact.Treatment.Measure;
import com.ooma.telo.agent.redact.Treatment.ResponseClass;
import java.util.List;

/** The hub's own event types: SIP registration, DECT, network and system. */
final class DeviceSchemas {
    private static final long WEEK_S = 7 * 86_400;
    private static final long MAX_KB = 1L << 40;

    private DeviceSchemas() {
    }

    static List<EventSchema> all() {
        return List.of(
                new EventSchema("sip.register", "one SIP REGISTER transaction finished", List.of(
                        required("response_code", NON_PERSONAL, new ResponseClass(), "registration results"),
                        optional("latency_ms", NON_PERSONAL, new Measure(0, 120_000, 1, "ms"),
                                "registration latency"),
                        dropped("aor", PERSONAL, "address of record: holds the phone number"),
                        dropped("contact", PERSONAL, "holds the WAN IP and port"),
                        dropped("registrar", NON_PERSONAL, "not aggregated"),
                        dropped("expires", NON_PERSONAL, "not aggregated"),
                        dropped("attempt", NON_PERSONAL, "not aggregated"))),
                new EventSchema("dect.status", "periodic DECT base summary", List.of(
                        required("registered", NON_PERSONAL, new Measure(0, 10, 1, "handsets"),
                                "handsets registered"))),
                new EventSchema("dect.subscription", "a handset subscribed, unsubscribed or failed to", List.of(
                        required("action", NON_PERSONAL, new Label(Labels.DECT_ACTIONS, null), "subscription events"),
                        dropped("handset", NON_PERSONAL, "not aggregated"),
                        dropped("ipei", IDENTIFIER, "DECT handset identity"),
                        dropped("model", NON_PERSONAL, "not aggregated"))),
                new EventSchema("dect.link", "a handset's link quality sample", List.of(
                        optional("rssi_dbm", NON_PERSONAL, new Measure(-120, 0, 1, "dBm"), "handset signal"),
                        optional("out_of_range", NON_PERSONAL, new Flag(), "out-of-range count"),
                        dropped("handset", NON_PERSONAL, "not aggregated"),
                        dropped("ipei", IDENTIFIER, "DECT handset identity"),
                        dropped("battery_pct", NON_PERSONAL, "not aggregated"))),
                new EventSchema("network.wan", "the WAN link went up or down", List.of(
                        required("state", NON_PERSONAL, new Label(Labels.LINK_STATES, null), "link changes"),
                        optional("wan_ip", PERSONAL, new IpAddress(), "WAN address class: CGNAT breaks SIP"),
                        optional("outage_ms", NON_PERSONAL, new DurationSeconds(WEEK_S),
                                "on state up: how long the link was down"),
                        dropped("gateway_mac", PERSONAL, "MAC address: nothing is kept"),
                        dropped("dns_servers", PERSONAL, "addresses"),
                        dropped("lease_s", NON_PERSONAL, "not aggregated"))),
                new EventSchema("network.dns_failure", "a DNS lookup failed", List.of(
                        required("reason", NON_PERSONAL, new Label(Labels.DNS_FAILURES, Labels.OTHER),
                                "DNS failures by reason"),
                        dropped("server", PERSONAL, "resolver address"),
                        dropped("qname", PERSONAL, "the name looked up"))),
                new EventSchema("network.rtt", "a round-trip probe to the SBC", List.of(
                        required("rtt_ms", NON_PERSONAL, new Measure(0, 60_000, 1, "ms"), "RTT to the SBC"),
                        dropped("target", NON_PERSONAL, "not aggregated"))),
                new EventSchema("system.boot", "the hub booted", List.of(
                        required("reason", NON_PERSONAL, new Label(Labels.BOOT_REASONS, Labels.OTHER),
                                "reboots by reason"),
                        optional("firmware", NON_PERSONAL, new Label(Labels.FIRMWARE, Labels.OTHER),
                                "firmware version, allow-listed"),
                        dropped("serial", IDENTIFIER, "hardware serial number"))),
                new EventSchema("system.resources", "periodic resource sample (every 5 minutes)", List.of(
                        optional("cpu_pct", NON_PERSONAL, new Measure(0, 100, 1, "%"), "CPU load"),
                        optional("mem_free_kb", NON_PERSONAL, new Measure(0, MAX_KB, 1, "KiB"), "free memory"),
                        optional("storage_writes_kb", NON_PERSONAL, new Measure(0, MAX_KB, 1, "KiB"),
                                "flash written since the previous sample: flash wear"),
                        optional("firmware", NON_PERSONAL, new Label(Labels.FIRMWARE, Labels.OTHER),
                                "firmware version, allow-listed"),
                        dropped("temperature_c", NON_PERSONAL, "not aggregated"))),
                new EventSchema("system.config_changed", "a setting was changed", List.of(
                        required("setting", NON_PERSONAL, new Label(Labels.CONFIG_SETTINGS, Labels.OTHER),
                                "configuration changes by setting"),
                        dropped("value", PERSONAL, "may be a 911 address, a forwarding number, an email"),
                        dropped("old_value", PERSONAL, "as value"))));
    }
}
