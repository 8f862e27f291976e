package com.ooma.telo.simulator.household;

/**
 * One {@code call.ended} event as the hub's telephony software would emit it: the raw, personal form that only the
 * agent's ingest may ever see.
 *
 * @param remoteName caller-ID or phonebook name, {@code null} when the hub has none
 */
public record CallEvent(
        long ts,
        String callId,
        String direction,
        String remoteNumber,
        String remoteName,
        String localNumber,
        String disposition,
        long startedAt,
        long durationMs,
        int sipCode,
        String codec,
        int handset) {

    public static final String TYPE = "call.ended";

    /** True when the hub answered the call (talk time is only counted then). */
    public boolean answered() {
        return "answered".equals(disposition);
    }
}
