package com.ooma.telo.simulator.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ingest wire form: one JSON object per line, {@code type} and {@code ts} first, UTF-8, LF-terminated. */
public final class Ndjson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Ndjson() {}

    public static byte[] line(PlayedEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type());
        m.put("ts", e.ts());
        m.putAll(e.fields());
        try {
            byte[] json = JSON.writeValueAsBytes(m);
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e1) {
            throw new UncheckedIOException("an event field is not JSON-serialisable", e1);
        }
    }

    /** A whole stream, as the agent would receive it on one connection. */
    public static byte[] lines(List<PlayedEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 160);
        for (PlayedEvent e : events) {
            out.writeBytes(line(e));
        }
        return out.toByteArray();
    }
}
