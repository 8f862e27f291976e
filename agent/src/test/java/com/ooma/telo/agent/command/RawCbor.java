package com.ooma.telo.agent.command;

import com.ooma.telo.agent.seal.CanonicalCbor;
import java.io.ByteArrayOutputStream;

/**
 * Test helper: CBOR maps written key by key in the order given, repeats included, as a forger or a careless backend
 * would write them ({@link CanonicalCbor#encode} always sorts and cannot repeat a key).
 */
final class RawCbor {
    private RawCbor() { }

    /** Pre-encoded CBOR to put in a map as is. */
    record Item(byte[] bytes) { }

    /** A map of {@code keysAndValues.length / 2} entries (fewer than 24): key, value, key, value... */
    static byte[] map(Object... keysAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xa0 | keysAndValues.length / 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.writeBytes(CanonicalCbor.encode(keysAndValues[i]));
            Object value = keysAndValues[i + 1];
            out.writeBytes(value instanceof Item item ? item.bytes() : CanonicalCbor.encode(value));
        }
        return out.toByteArray();
    }

    static Item item(byte[] bytes) {
        return new Item(bytes);
    }
}
