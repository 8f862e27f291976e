package com.ooma.telo.agent.encode;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Core deterministic CBOR (RFC 8949 §4.2.1) of a small tree of maps, lists, integers, text, booleans and byte
 * strings: shortest integer heads, definite lengths, map keys sorted by the bytewise order of their encodings (for
 * text keys: shorter first, then bytewise). Same tree, same bytes.
 */
final class DeterministicCbor {
    private static final CBORFactory CBOR = CBORFactory.builder()
            .enable(CBORGenerator.Feature.WRITE_MINIMAL_INTS)
            .build();

    /** Canonical order of text keys: the encoded head grows with length, so length first, then UTF-8 bytes. */
    static final Comparator<String> KEY_ORDER = Comparator
            .comparingInt((String k) -> k.getBytes(StandardCharsets.UTF_8).length)
            .thenComparing((a, b) -> Arrays.compareUnsigned(
                    a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));

    private DeterministicCbor() {
    }

    static byte[] encode(Object tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (CBORGenerator g = CBOR.createGenerator(out)) {
            write(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(CBORGenerator g, Object v) throws IOException {
        if (v instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(k -> keys.add((String) k));
            keys.sort(KEY_ORDER);
            g.writeStartObject(map, keys.size());
            for (String k : keys) {
                g.writeFieldName(k);
                write(g, map.get(k));
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray(list, list.size());
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Long || v instanceof Integer) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof byte[] bytes) {
            g.writeBinary(bytes);
        } else {
            throw new IllegalArgumentException("unsupported CBOR value type " + (v == null ? "null" : v.getClass()));
        }
    }
}
