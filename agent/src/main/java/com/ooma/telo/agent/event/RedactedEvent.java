package com.ooma.telo.agent.event;

import java.util.Map;
import java.util.Optional;

/**
 * One event after redaction: only the non-identifying derivatives its schema allows (closed-list labels, bands,
 * presence flags, clamped measurements). Values that describe a call are still a calling record (CSNI), so a
 * redacted event lives only in memory until the aggregate stage has counted it.
 *
 * @param type   the declared event type, e.g. {@code call.ended}
 * @param values derived value by name: String (a label from a closed list), Long, or Boolean
 */
public record RedactedEvent(String type, Map<String, Object> values) {

    public RedactedEvent {
        values = Map.copyOf(values);
    }

    public Optional<String> label(String name) {
        return values.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Long> number(String name) {
        return values.get(name) instanceof Long l ? Optional.of(l) : Optional.empty();
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** Prints names only: a calling record is not for logs. */
    @Override
    public String toString() {
        return "RedactedEvent[type=" + type + ", values=" + values.keySet() + "]";
    }
}
