package com.ooma.telo.agent.redact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every ingest event type and field the agent declares, with its policy class and treatment: the single source for
 * redaction and for {@code docs/ingest-protocol.md}. Deny by default: anything not listed here is dropped and counted.
 */
final class EventSchemas {
    static final List<EventSchema> ALL = all();
    static final Map<String, EventSchema> BY_TYPE = byType();
    static final Map<String, Map<String, FieldRule>> RULES = rules();

    private EventSchemas() {
    }

    private static List<EventSchema> all() {
        List<EventSchema> all = new ArrayList<>(CallSchemas.all());
        all.addAll(DeviceSchemas.all());
        all.addAll(DiagSchemas.all());
        return List.copyOf(all);
    }

    private static Map<String, EventSchema> byType() {
        Map<String, EventSchema> m = new LinkedHashMap<>();
        ALL.forEach(s -> m.put(s.type(), s));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Map<String, FieldRule>> rules() {
        Map<String, Map<String, FieldRule>> m = new LinkedHashMap<>();
        ALL.forEach(s -> m.put(s.type(), s.byName()));
        return Collections.unmodifiableMap(m);
    }
}
