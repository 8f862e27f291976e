package com.ooma.telo.agent.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.ooma.telo.agent.event.HubEvent;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses one ingest line (a JSON object) into a {@link HubEvent}, or says why it cannot. Streaming Jackson, no data
 * binding. Parser exceptions are caught and reduced to a fixed reason: their messages quote the input.
 */
final class EventParser {
    static final int MAX_FIELDS = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(16384).build())
            .build();

    /** Result of parsing one line. */
    sealed interface Parsed permits Event, Malformed {
    }

    record Event(HubEvent event) implements Parsed {
    }

    /** @param reason a fixed phrase, never input text */
    record Malformed(String reason) implements Parsed {
    }

    private final FieldPolicy withheld;

    EventParser(FieldPolicy withheld) {
        this.withheld = withheld;
    }

    Parsed parse(byte[] line, int offset, int length) {
        try (JsonParser p = JSON.createParser(line, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Malformed("not a JSON object");
            }
            Map<String, Object> fields = new HashMap<>();
            String type = null;
            Long ts = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("type".equals(name)) {
                    type = v == JsonToken.VALUE_STRING ? p.getText() : null;
                } else if ("ts".equals(name)) {
                    ts = v == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                } else if (fields.size() < MAX_FIELDS) {
                    fields.put(name, value(p, v));
                } else {
                    return new Malformed("too many fields");
                }
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                return new Malformed("trailing data after the object");
            }
            if (type == null || type.isEmpty()) {
                return new Malformed("missing or non-string type");
            }
            if (ts == null || ts < 0) {
                return new Malformed("missing or non-integer ts");
            }
            for (Map.Entry<String, Object> f : fields.entrySet()) {
                if (withheld.withheld(type, f.getKey())) {
                    f.setValue(HubEvent.WITHHELD); // communications content: its value goes no further
                }
            }
            return new Event(new HubEvent(type, ts, fields));
        } catch (IOException | RuntimeException e) {
            return new Malformed("invalid JSON");
        }
    }

    private static Object value(JsonParser p, JsonToken v) throws IOException {
        return switch (v) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> HubEvent.UNSUPPORTED;
        };
    }
}
