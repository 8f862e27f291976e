package com.ooma.telo.agent.seal;

/**
 * The 50-byte envelope v1 header, decoded; it is the HPKE AAD and part of the signed bytes (wire-format.md).
 * Kids are the first 4 bytes of SHA-256 over the raw public key, as a big-endian int.
 */
public record EnvelopeHeader(int version, MessageType type, int suite, int flags, String deviceIdHex,
                             int senderKid, int recipientKid, long seq, long timestampMs, int ctLen) {

    /** Flags bit 0: the plaintext is zlib-compressed (diagnostics bundles only; the opener inflates it). */
    public boolean compressed() {
        return (flags & WireFormat.FLAG_COMPRESSED) != 0;
    }

    /** Flags bit 1: the sender's clock was not synced, and the timestamp is 0. */
    public boolean clockUnsynced() {
        return (flags & WireFormat.FLAG_CLOCK_UNSYNCED) != 0;
    }

    /**
     * The (sender_kid, seq) of a well-formed envelope without opening it (the spool matching its own records
     * against a receipt); empty for bytes that fail the header and length checks.
     */
    public static java.util.Optional<SenderSeq> senderSeq(byte[] sealed) {
        if (sealed == null || WireFormat.check(sealed).isPresent()) {
            return java.util.Optional.empty();
        }
        EnvelopeHeader h = WireFormat.decodeHeader(sealed);
        return java.util.Optional.of(new SenderSeq(h.senderKid(), h.seq()));
    }

    /** Who signed an envelope and its number: what a receipt names. */
    public record SenderSeq(int kid, long seq) { }
}
