package com.ooma.telo.agent.event;

import java.util.Map;

/**
 * One raw event from the hub's software, as parsed from an ingest line. It may hold personal data, so it lives only
 * in memory between ingest and redact: never log it, never write it, never put it in an exception message.
 *
 * @param type   the event type, e.g. {@code call.ended}
 * @param tsMs   Unix milliseconds from the event's {@code ts}
 * @param fields every other top-level field: String, Long, Double, Boolean, or {@link #UNSUPPORTED} for null,
 *               arrays and objects (which no declared field accepts)
 */
public record HubEvent(String type, long tsMs, Map<String, Object> fields) {

    /** Marker for a field value of a JSON kind that no declared field takes. */
    public static final Object UNSUPPORTED = new Object() {
        @Override
        public String toString() {
            return "unsupported";
        }
    };

    /**
     * Marker the parser leaves in place of a value the redactor never reads: communications content (DTMF,
     * recordings), fields it drops and fields of unknown types. Never the value: the parser skips its bytes.
     */
    public static final Object WITHHELD = new Object() {
        @Override
        public String toString() {
            return "withheld";
        }
    };

    public HubEvent {
        fields = Map.copyOf(fields);
    }

    /** Never prints field values: a stray log statement must not leak the event. */
    @Override
    public String toString() {
        return "HubEvent[type=" + type + ", fields=" + fields.size() + "]";
    }
}
