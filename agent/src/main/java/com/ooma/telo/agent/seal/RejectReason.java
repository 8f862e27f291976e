package com.ooma.telo.agent.seal;

/**
 * Why {@link EnvelopeOpener} refused a message. Only the operator sees the reason: to the sender every failure is
 * the same rejection, so a forger learns nothing about which check stopped it.
 */
public enum RejectReason {
    /** Shorter than a header, ct_len out of range, or total length not exactly header + enc + ct + sig. */
    LENGTH,
    /** Version byte other than 1; never answered by "trying an older format". */
    VERSION,
    /** Unknown type, suite or flag bits, or a timestamp that contradicts the clock-not-synced flag. */
    HEADER,
    /** No key for (device_id, sender_kid) or (device_id, recipient_kid), or one retired after its overlap. */
    UNKNOWN_KEY,
    /** The Ed25519 signature over header, enc and ct does not verify. */
    SIGNATURE,
    /** HPKE open failed (wrong recipient key, or a degenerate encapsulated key). */
    DECRYPT,
    /** seq was already accepted, or is too far behind the newest accepted seq to be tracked. */
    REPLAY,
    /** Stamped too far in the future. */
    FRESHNESS,
    /**
     * Compressed (flags bit 0) but not a zlib stream, inflating past 262,144 bytes, or not a diagnostics bundle
     * (only bundles may be compressed).
     */
    INFLATE
}
