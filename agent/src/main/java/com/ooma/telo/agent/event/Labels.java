package com.ooma.telo.agent.event;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The closed label lists shared by redaction (what a field may become) and the metric registry (what a label may
 * hold). One list, two users: a value the redactor lets through is always a label the registry accepts.
 */
public final class Labels {
    public static final String OTHER = "other";

    public static final List<String> DIRECTIONS = List.of("inbound", "outbound");
    public static final List<String> DISPOSITIONS = List.of("answered", "no_answer", "busy", "failed", "voicemail",
            "rejected", "blocked");
    public static final List<String> DESTINATIONS = Arrays.stream(DestinationClass.values())
            .map(DestinationClass::label).toList();
    public static final List<String> HOURS = IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h)).toList();
    public static final List<String> CALLER_ID = List.of("name", "number_only", "withheld");
    public static final List<String> BLOCK_REASONS = List.of("user_list", "anonymous_rejection", "spam_filter",
            "do_not_disturb", OTHER);
    public static final List<String> IDENTITY_HEADERS = List.of("from", "to", "contact", "p_asserted_identity",
            "remote_party_id", "diversion", "history_info");
    public static final List<String> IDENTITY_STATES = List.of("present", "anonymous");
    public static final List<String> RESPONSE_CLASSES = List.of("1xx", "2xx", "3xx", "4xx", "5xx", "6xx");
    public static final List<String> CODECS = List.of("g711", "g722", "g729", "opus", "ilbc", OTHER);
    public static final List<String> ADDRESS_CLASSES = List.of("public", "private", "cgnat", "link_local",
            "loopback", OTHER);
    public static final List<String> ADDRESS_FAMILIES = List.of("ipv4", "ipv6");
    public static final List<String> DECT_ACTIONS = List.of("subscribed", "unsubscribed", "failed");
    public static final List<String> LINK_STATES = List.of("up", "down");
    public static final List<String> DNS_FAILURES = List.of("timeout", "servfail", "nxdomain", "refused", OTHER);
    public static final List<String> BOOT_REASONS = List.of("power_loss", "watchdog", "firmware_update", "user",
            OTHER);
    /** Released firmware versions; anything else (a lab build, a typo) is reported as {@code other}. */
    public static final List<String> FIRMWARE = List.of("7.0.1", "7.0.2", "7.1.0", "7.1.1", "7.2.0", OTHER);
    public static final List<String> CONFIG_SETTINGS = List.of("forwarding", "e911_address", "voicemail",
            "do_not_disturb", "block_list", "network", OTHER);
    public static final List<String> PRIVACY_REQUESTS = List.of("none", "id", "header", "user", "session",
            "critical", OTHER);

    private Labels() {
    }
}
