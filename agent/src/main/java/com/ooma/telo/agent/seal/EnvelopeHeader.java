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
}
