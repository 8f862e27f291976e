package com.ooma.telo.simulator.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ingest event as the hub's software would send it: {@code type}, {@code ts} and the other fields in the order
 * they are written (so the same events always encode to the same bytes). It may hold personal data: it goes only to
 * the agent's ingest socket, never to a log.
 */
public record PlayedEvent(String type, long ts, Map<String, Object> fields) {

    public PlayedEvent {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Builder of(String type, long ts) {
        return new Builder(type, ts);
    }

    /** Whether this is a call event (its counts go only into the usage report). */
    public boolean isCall() {
        return type.startsWith("call.");
    }

    /** Never prints field values. */
    @Override
    public String toString() {
        return "PlayedEvent[type=" + type + ", ts=" + ts + ", fields=" + fields.size() + "]";
    }

    /** Collects fields in order; a {@code null} value leaves the field out. */
    public static final class Builder {
        private final String type;
        private final long ts;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Builder(String type, long ts) {
            this.type = type;
            this.ts = ts;
        }

        public Builder with(String name, Object value) {
            if (value != null) {
                fields.put(name, value);
            }
            return this;
        }

        public PlayedEvent build() {
            return new PlayedEvent(type, ts, fields);
        }
    }
}
