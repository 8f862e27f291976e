package com.ooma.telo.agent.redact;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One declared ingest event type: what it reports and every field it may carry. */
record EventSchema(String type, String description, List<FieldRule> fields) {

    EventSchema {
        fields = List.copyOf(fields);
    }

    Map<String, FieldRule> byName() {
        return fields.stream().collect(Collectors.toUnmodifiableMap(FieldRule::name, Function.identity()));
    }
}
