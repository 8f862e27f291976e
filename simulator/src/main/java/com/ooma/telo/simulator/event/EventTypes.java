package com.ooma.telo.simulator.event;

import java.util.List;

/**
 * The event types the simulator plays: the thirteen the agent declares (docs/ingest-protocol.md) and the ones it
 * does not know yet. A future type is generated like any other but played only when a scenario switches it on: until
 * the agent declares it, the agent drops it whole and counts {@code redact.events_unknown_type}.
 */
public final class EventTypes {
    public static final String CALL_SETUP = "call.setup";
    public static final String CALL_ENDED = "call.ended";
    public static final String CALL_QUALITY = "call.quality";
    public static final String SIP_REGISTER = "sip.register";
    public static final String DECT_STATUS = "dect.status";
    public static final String DECT_SUBSCRIPTION = "dect.subscription";
    public static final String DECT_LINK = "dect.link";
    public static final String NETWORK_WAN = "network.wan";
    public static final String NETWORK_DNS_FAILURE = "network.dns_failure";
    public static final String NETWORK_RTT = "network.rtt";
    public static final String SYSTEM_BOOT = "system.boot";
    public static final String SYSTEM_RESOURCES = "system.resources";
    public static final String SYSTEM_CONFIG_CHANGED = "system.config_changed";
    /** Diagnostic log lines from the hub's own software, carrying personal data (field-diagnostics.md). */
    public static final String DIAG_LOG = "diag.log";

    /** Declared by the agent today, in the order docs/ingest-protocol.md lists them. */
    public static final List<String> DECLARED = List.of(CALL_SETUP, CALL_ENDED, CALL_QUALITY, SIP_REGISTER,
            DECT_STATUS, DECT_SUBSCRIPTION, DECT_LINK, NETWORK_WAN, NETWORK_DNS_FAILURE, NETWORK_RTT, SYSTEM_BOOT,
            SYSTEM_RESOURCES, SYSTEM_CONFIG_CHANGED, DIAG_LOG);

    /**
     * Generated, but played only when a scenario switches them on ({@code diagnostics.play}): diag.log is declared
     * by the agent (held in its hub log ring, never reported), and still opt-in so existing runs stay as they were.
     */
    public static final List<String> FUTURE = List.of(DIAG_LOG);

    private EventTypes() {}

    public static boolean isFuture(String type) {
        return FUTURE.contains(type);
    }
}
