package com.ooma.telo.agent.ingest;

import com.ooma.telo.agent.event.HubEvent;
import java.util.Map;

/**
 * An estimate of the heap one parsed {@link HubEvent} holds while it waits in the {@link EventQueue}, so the queue
 * can be bounded in bytes as well as in events. It counts what an event owns: the record and its immutable map, the
 * type and every string value (24-byte object, 16-byte array header, one byte a character for Latin-1 text and
 * two otherwise, rounded up to 8), boxed numbers. Field names cost nothing: Jackson canonicalises them, so every event shares them.
 * Measured against the JVM's own heap accounting (docs/performance.md, "Intake"), it is within about 10% for
 * typical call events; it is an estimate, not an allocation count.
 */
final class EventBytes {
    static final int EVENT_BYTES = 24 + 24 + 16;   // the record, the map object, its table's array header
    static final int FIELD_SLOT_BYTES = 16;        // the map's table holds two slots per field, doubled: 4 refs
    static final int BOXED_BYTES = 16;             // a Long or a Double
    private static final int STRING_BYTES = 24 + 16;

    private EventBytes() {
    }

    static int of(HubEvent e) {
        long n = EVENT_BYTES + string(e.type());
        for (Map.Entry<String, Object> f : e.fields().entrySet()) {
            n += FIELD_SLOT_BYTES + value(f.getValue());
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static long value(Object v) {
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Long || v instanceof Double) {
            return BOXED_BYTES;
        }
        return 0; // Boolean.TRUE/FALSE and the UNSUPPORTED/WITHHELD markers are shared
    }

    private static long string(String s) {
        long chars = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                chars *= 2; // stored as UTF-16
                break;
            }
        }
        return STRING_BYTES + ((chars + 7) & ~7L);
    }
}
