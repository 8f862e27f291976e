package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@link CanonicalCbor#parseStrict} made of bytes that must be in the agent's deterministic CBOR: the tree,
 * or why it was refused. Signed plaintexts (commands, trust bundles) are read this way, so one signature has one
 * meaning: a second {@code verb} key, keys out of order, or a longer-than-needed head would otherwise let the same
 * content travel in several encodings, and a reader that keeps the last duplicate would run what a reader that
 * keeps the first would not.
 */
public sealed interface StrictCbor {

    /** The bytes are exactly the deterministic encoding of {@code tree}. */
    record Canonical(JsonNode tree) implements StrictCbor { }

    /** Not to be acted on, and why. */
    record Refused(Problem problem) implements StrictCbor { }

    /** Why bytes were refused. */
    enum Problem {
        /** Not one well-formed CBOR item, or nested deeper than {@link CanonicalCbor#MAX_STRICT_DEPTH}. */
        MALFORMED,
        /** A map holds the same key twice (at any depth). */
        DUPLICATE_KEY,
        /**
         * Well-formed, but not the deterministic encoding of its content (keys out of order, long heads,
         * indefinite lengths, tags), or holding a type the agent never writes (floats, null, integers beyond
         * 64-bit signed, non-text map keys).
         */
        NOT_CANONICAL
    }
}
