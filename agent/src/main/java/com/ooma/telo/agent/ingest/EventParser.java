package com.ooma.telo.agent.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.agent.event.HubEvent;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses one ingest line (a JSON object) into a {@link HubEvent}, or says why it cannot. Streaming Jackson, no data
 * binding. Parser exceptions are caught and reduced to a fixed reason: their messages quote the input.
 *
 * <p>Only the line's own shape can make it malformed: a JSON object with a string {@code type}, an integer
 * {@code ts} and at most {@link #MAX_FIELDS} other fields, within the 16 KiB line bound. What a field holds never
 * does: an integer beyond 64 bits, an object or array nested to any depth the line bound allows, a number of any
 * length are read past (iteratively, never recursively) and held as {@link HubEvent#UNSUPPORTED}, which the
 * redactor then refuses for a declared field or drops with an undeclared one.
 */
final class EventParser {
    static final int MAX_FIELDS = 64;

    /**
     * Jackson's own limits set no lower than the line bound, so that only the line bound decides: a 16 KiB line
     * cannot nest deeper, or hold a longer number or string, than 16 Ki characters.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(IngestServer.MAX_LINE_BYTES)
                    .maxNumberLength(IngestServer.MAX_LINE_BYTES)
                    .maxStringLength(IngestServer.MAX_LINE_BYTES)
                    .build())
            .build();

    /** Result of parsing one line. */
    sealed interface Parsed permits Event, Malformed {
    }

    record Event(HubEvent event) implements Parsed {
    }

    /**
     * @param reason a fixed phrase, never input text
     * @param cause  {@link Cause#CALLS} when the line's type was read and names a call event, else the device's
     */
    record Malformed(String reason, Cause cause) implements Parsed {
    }

    private final FieldPolicy withheld;

    EventParser(FieldPolicy withheld) {
        this.withheld = withheld;
    }

    Parsed parse(byte[] line, int offset, int length) {
        Parsed parsed = parse(line, offset, length, true);
        // A second "type" key that changed the type after values were left unread: read the line again in full.
        return parsed == RETYPED ? parse(line, offset, length, false) : parsed;
    }

    /** Marks a line whose type changed after some value was skipped under the first one. */
    private static final Parsed RETYPED = new Malformed("retyped", Cause.DEVICE);

    /**
     * @param skip leave withheld values unread as soon as the type is known (the type usually comes first), so
     *             that their text is never even turned into a string
     */
    private Parsed parse(byte[] line, int offset, int length, boolean skip) {
        String type = null;
        boolean skipped = false;
        boolean readBeforeType = false; // a value read while the type was unknown (or without skipping)
        try (JsonParser p = JSON.createParser(line, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Malformed("not a JSON object", Cause.DEVICE);
            }
            Map<String, Object> fields = new HashMap<>();
            Long ts = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("type".equals(name)) {
                    String before = type;
                    type = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    if (before != null && !before.equals(type)) {
                        if (skipped) {
                            return RETYPED;
                        }
                        readBeforeType = true; // what was read under the first type is judged again under this one
                    }
                } else if ("ts".equals(name)) {
                    ts = isLong(p, v) ? p.getLongValue() : null;
                } else if (fields.size() < MAX_FIELDS) {
                    if (skip && type != null && withheld.withheld(type, name)) {
                        fields.put(name, HubEvent.WITHHELD); // the value's bytes are skipped, never decoded
                        skipped = true;
                    } else {
                        fields.put(name, value(p, v));
                        readBeforeType |= type == null || !skip;
                    }
                } else {
                    return new Malformed("too many fields", Cause.ofType(type));
                }
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                return new Malformed("trailing data after the object", Cause.ofType(type));
            }
            if (type == null || type.isEmpty()) {
                return new Malformed("missing or non-string type", Cause.DEVICE);
            }
            if (ts == null || ts < 0) {
                return new Malformed("missing or non-integer ts", Cause.ofType(type));
            }
            if (readBeforeType) {
                for (Map.Entry<String, Object> f : fields.entrySet()) {
                    if (f.getValue() != HubEvent.WITHHELD && withheld.withheld(type, f.getKey())) {
                        f.setValue(HubEvent.WITHHELD); // read before the type was known: it goes no further
                    }
                }
            }
            return new Event(new HubEvent(type, ts, fields));
        } catch (IOException | RuntimeException e) {
            return new Malformed("invalid JSON", Cause.ofType(type));
        }
    }

    private static Object value(JsonParser p, JsonToken v) throws IOException {
        return switch (v) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> isLong(p, v) ? p.getLongValue() : HubEvent.UNSUPPORTED;
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> HubEvent.UNSUPPORTED;
        };
    }

    /** An integer token that fits 64 bits; a longer one is never converted (it could be thousands of digits). */
    private static boolean isLong(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            return false;
        }
        JsonParser.NumberType t = p.getNumberType();
        return t == JsonParser.NumberType.INT || t == JsonParser.NumberType.LONG;
    }
}
