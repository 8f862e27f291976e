package com.ooma.telo.simulator.household;

import com.ooma.telo.simulator.event.PlayedEvent;

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

    /** The event as played, fields in wire order; {@code remote_name} is left out when the hub has none. */
    public PlayedEvent played() {
        return PlayedEvent.of(TYPE, ts)
                .with("call_id", callId)
                .with("direction", direction)
                .with("remote_number", remoteNumber)
                .with("remote_name", remoteName)
                .with("local_number", localNumber)
                .with("disposition", disposition)
                .with("started_at", startedAt)
                .with("duration_ms", durationMs)
                .with("sip_code", sipCode)
                .with("codec", codec)
                .with("handset", handset)
                .build();
    }

    /** True when the hub answered the call (talk time is only counted then). */
    public boolean answered() {
        return "answered".equals(disposition);
    }
}
