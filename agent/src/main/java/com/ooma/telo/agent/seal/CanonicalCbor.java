package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Deterministic CBOR (RFC 8949 §4.2.1) for everything the agent signs or seals: reports (encode), commands and
 * acknowledgements, key announcements, trust bundles. Maps with text keys, lists, integers, text, byte strings and
 * booleans. Written by hand because Jackson's generator may chunk long strings (indefinite length), which a
 * deterministic encoding forbids; Jackson still does all the parsing. Shortest heads, definite lengths, map keys
 * in bytewise order of their encodings (for text keys: shorter first, then bytewise). Same tree, same bytes.
 * {@link #parseStrict} is the way back for signed plaintexts: it accepts only bytes {@link #encode} would write.
 */
public final class CanonicalCbor {
    /**
     * The parsing mappers, in a holder so that encoding (every report) never loads Jackson's data binding: about 300
     * classes and 0.2 s of start-up that only parsing (commands, receipts, bundles) needs (docs/performance.md).
     */
    private static final class Mappers {
        /** Strict: trailing bytes after the one item make the input invalid, not silently ignored. */
        static final CBORMapper MAPPER = CBORMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        /** As {@link #MAPPER}, and a map with a repeated key is an error: tells a duplicate from other forms. */
        static final CBORMapper NO_DUPLICATES = CBORMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    /**
     * Deepest nesting {@link #parseStrict} accepts (the top-level item is depth 1). Nothing the agent reads nests
     * beyond 3; the bound keeps the re-encoding's recursion far from the small thread stacks the agent runs with.
     */
    public static final int MAX_STRICT_DEPTH = 16;

    private CanonicalCbor() { }

    /** Encodes {@code tree}: Map&lt;String, ?&gt;, List, String, Long/Integer, byte[] or Boolean, nested. */
    public static byte[] encode(Object tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        write(out, tree);
        return out.toByteArray();
    }

    /**
     * Parses CBOR into a tree; empty unless the bytes are exactly one well-formed item. The parser's message is
     * dropped: it may quote the input.
     */
    public static Optional<JsonNode> parse(byte[] cbor) {
        try {
            return Optional.ofNullable(Mappers.MAPPER.readTree(cbor));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses {@code cbor} and accepts it only when it is exactly the deterministic encoding of what it holds:
     * decoded, re-encoded by {@link #encode}, and compared byte for byte. Never throws.
     */
    public static StrictCbor parseStrict(byte[] cbor) {
        Optional<JsonNode> tree = parse(cbor);
        if (tree.isEmpty() || tree.get().isMissingNode()) {
            return new StrictCbor.Refused(StrictCbor.Problem.MALFORMED);
        }
        Object encodable;
        try {
            encodable = encodable(tree.get(), 1);
        } catch (TooDeep e) {
            return new StrictCbor.Refused(StrictCbor.Problem.MALFORMED);
        }
        if (encodable != null && Arrays.equals(encode(encodable), cbor)) {
            return new StrictCbor.Canonical(tree.get());
        }
        // The lenient parse kept the last of two equal keys; only a duplicate makes the strict one fail.
        try {
            Mappers.NO_DUPLICATES.readTree(cbor);
        } catch (IOException | RuntimeException duplicate) {
            return new StrictCbor.Refused(StrictCbor.Problem.DUPLICATE_KEY);
        }
        return new StrictCbor.Refused(StrictCbor.Problem.NOT_CANONICAL);
    }

    /** {@code node} as the Java tree {@link #encode} takes; null when it holds a type the agent never writes. */
    private static Object encodable(JsonNode node, int depth) throws TooDeep {
        if (depth > MAX_STRICT_DEPTH) {
            throw new TooDeep();
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Object value = encodable(e.getValue(), depth + 1);
                if (value == null) {
                    return null;
                }
                map.put(e.getKey(), value);
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                Object value = encodable(item, depth + 1);
                if (value == null) {
                    return null;
                }
                list.add(value);
            }
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBinary()) {
            try {
                return node.binaryValue();
            } catch (IOException e) {
                return null;
            }
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        return null; // floats, null, undefined, integers beyond 64-bit signed
    }

    /** Nesting beyond {@link #MAX_STRICT_DEPTH}. */
    private static final class TooDeep extends Exception {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    private static void write(ByteArrayOutputStream out, Object v) {
        if (v instanceof Map<?, ?> map) {
            // Text keys sort by their encoding: the head grows with length, so length first, then UTF-8 bytes.
            TreeMap<byte[], Object> sorted = new TreeMap<>((a, b) -> a.length != b.length
                    ? Integer.compare(a.length, b.length) : Arrays.compareUnsigned(a, b));
            map.forEach((k, value) -> sorted.put(((String) k).getBytes(StandardCharsets.UTF_8), value));
            head(out, 5, sorted.size());
            sorted.forEach((k, value) -> {
                head(out, 3, k.length);
                out.writeBytes(k);
                write(out, value);
            });
        } else if (v instanceof List<?> list) {
            head(out, 4, list.size());
            list.forEach(item -> write(out, item));
        } else if (v instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            head(out, 3, utf8.length);
            out.writeBytes(utf8);
        } else if (v instanceof byte[] bytes) {
            head(out, 2, bytes.length);
            out.writeBytes(bytes);
        } else if (v instanceof Boolean b) {
            out.write(b ? 0xf5 : 0xf4);
        } else if (v instanceof Long || v instanceof Integer) {
            long n = ((Number) v).longValue();
            // Major type 1 carries -1 - n, so a negative n is written as ~n.
            head(out, n >= 0 ? 0 : 1, n >= 0 ? n : ~n);
        } else {
            throw new IllegalArgumentException("no deterministic CBOR encoding for "
                    + (v == null ? "null" : v.getClass().getSimpleName()));
        }
    }

    private static void head(ByteArrayOutputStream out, int majorType, long value) {
        int major = majorType << 5;
        if (value < 24) {
            out.write(major | (int) value);
        } else if (value < 0x100) {
            out.write(major | 24);
            out.write((int) value);
        } else if (value < 0x10000) {
            out.write(major | 25);
            writeBigEndian(out, value, 2);
        } else if (value < 0x100000000L) {
            out.write(major | 26);
            writeBigEndian(out, value, 4);
        } else {
            out.write(major | 27);
            writeBigEndian(out, value, 8);
        }
    }

    private static void writeBigEndian(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)));
        }
    }
}
