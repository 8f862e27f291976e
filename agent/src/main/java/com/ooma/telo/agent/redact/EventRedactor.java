package com.ooma.telo.agent.redact;

import com.ooma.telo.agent.event.CallRecord;
import com.ooma.telo.agent.event.CallRecord.Direction;
import com.ooma.telo.agent.event.CallRecord.Disposition;
import com.ooma.telo.agent.event.HubEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The redact stage for structured events: deny by default. Only fields declared in {@link EventSchemas} are read, and
 * each is reduced to its non-identifying derivative; every other field is dropped and counted per event type.
 * Single-threaded use (the pipeline worker); counters are safe to read from other threads.
 */
public final class EventRedactor {
    private final NumberClassifier numbers;
    private final ZoneId zone;
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    public EventRedactor(String region, ZoneId zone) {
        this.numbers = new NumberClassifier(region);
        this.zone = zone;
    }

    public RedactOutcome redact(HubEvent event) {
        Map<String, FieldRule> schema = EventSchemas.TYPES.get(event.type());
        if (schema == null) {
            count("events_unknown_type");
            return new RedactOutcome.UnknownType();
        }
        countDropped(event, schema);
        RedactOutcome outcome = callEnded(event.fields());
        if (outcome instanceof RedactOutcome.Invalid invalid) {
            count("events_invalid." + event.type() + "." + invalid.field());
        }
        return outcome;
    }

    /** A snapshot of the redaction counters, by name (e.g. {@code fields_dropped.call.ended.undeclared}). */
    public SortedMap<String, Long> counters() {
        SortedMap<String, Long> snapshot = new TreeMap<>();
        counters.forEach((k, v) -> snapshot.put(k, v.sum()));
        return snapshot;
    }

    private void countDropped(HubEvent event, Map<String, FieldRule> schema) {
        for (String field : event.fields().keySet()) {
            FieldRule rule = schema.get(field);
            if (rule == null) {
                // The undeclared field's name is not recorded: a name can itself carry data.
                count("fields_dropped." + event.type() + ".undeclared");
            } else if (!rule.keep()) {
                count("fields_dropped." + event.type() + "." + rule.policy().name().toLowerCase(Locale.ROOT));
            }
        }
    }

    private RedactOutcome callEnded(Map<String, Object> f) {
        Direction direction = enumField(f.get("direction"), Direction.class);
        if (direction == null) {
            return new RedactOutcome.Invalid("direction");
        }
        Disposition disposition = enumField(f.get("disposition"), Disposition.class);
        if (disposition == null) {
            return new RedactOutcome.Invalid("disposition");
        }
        Object number = f.get("remote_number");
        var destination = numbers.classify(number instanceof String s ? s : null);
        long durationMs = f.get("duration_ms") instanceof Long l && l >= 0 ? l : 0L;
        int hour = f.get("started_at") instanceof Long t && t > 0
                ? Instant.ofEpochMilli(t).atZone(zone).getHour() : -1;
        boolean callerId = f.get("remote_name") instanceof String name && !name.isBlank();
        return new RedactOutcome.Call(new CallRecord(direction, disposition, destination, hour,
                durationMs / 1000, callerId));
    }

    private static <E extends Enum<E>> E enumField(Object value, Class<E> type) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void count(String name) {
        counters.computeIfAbsent(name, k -> new LongAdder()).increment();
    }
}
