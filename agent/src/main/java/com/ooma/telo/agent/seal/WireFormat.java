package com.ooma.telo.agent.seal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Envelope v1 byte layout (docs/design.md §4, docs/wire-format.md): offsets, limits, and the header codec.
 *
 * <pre>
 *  0 version(1) | 1 type(1) | 2 suite(2) | 4 flags(2) | 6 device_id(16) | 22 sender_kid(4) | 26 recipient_kid(4)
 * 30 seq(8) | 38 timestamp_ms(8) | 46 ct_len(4) || 50 enc(32) || 82 ct(ct_len) || 82+ct_len sig(64)
 * </pre>
 */
final class WireFormat {
    static final int VERSION_1 = 1;
    static final int SUITE_X25519_CHACHA20_ED25519 = 1;
    static final int FLAG_COMPRESSED = 1;
    static final int FLAG_CLOCK_UNSYNCED = 1 << 1;
    /** Flag bits this build accepts; bit 0 (zlib) only on telemetry, and only for a diagnostics bundle. */
    static final int ACCEPTED_FLAGS = FLAG_COMPRESSED | FLAG_CLOCK_UNSYNCED;
    /** A compressed plaintext inflates to at most this many bytes, or the message is refused. */
    static final int MAX_INFLATED_BYTES = 262_144;

    static final int OFF_VERSION = 0;
    static final int OFF_TYPE = 1;
    static final int OFF_SUITE = 2;
    static final int OFF_FLAGS = 4;
    static final int OFF_DEVICE_ID = 6;
    static final int OFF_SENDER_KID = 22;
    static final int OFF_RECIPIENT_KID = 26;
    static final int OFF_SEQ = 30;
    static final int OFF_TIMESTAMP = 38;
    static final int OFF_CT_LEN = 46;
    static final int HEADER_BYTES = 50;
    static final int DEVICE_ID_BYTES = 16;
    static final int ENC_BYTES = 32;
    static final int SIG_BYTES = 64;
    static final int AEAD_TAG_BYTES = 16;
    static final int MAX_CT_BYTES = 262_144;
    static final int MAX_PLAINTEXT_BYTES = MAX_CT_BYTES - AEAD_TAG_BYTES;
    static final int MAX_SEALED_BYTES = HEADER_BYTES + ENC_BYTES + MAX_CT_BYTES + SIG_BYTES;

    static final byte[] HPKE_INFO = "telo-envelope-v1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SIGNATURE_CONTEXT = "telo-envelope-v1 sig".getBytes(StandardCharsets.US_ASCII);

    private WireFormat() { }

    static byte[] encodeHeader(EnvelopeHeader h) {
        byte[] id = HexFormat.of().parseHex(h.deviceIdHex());
        if (id.length != DEVICE_ID_BYTES) {
            throw new IllegalArgumentException("device id must be 16 bytes, got " + id.length);
        }
        return ByteBuffer.allocate(HEADER_BYTES)
                .put((byte) h.version())
                .put((byte) h.type().wireCode())
                .putShort((short) h.suite())
                .putShort((short) h.flags())
                .put(id)
                .putInt(h.senderKid())
                .putInt(h.recipientKid())
                .putLong(h.seq())
                .putLong(h.timestampMs())
                .putInt(h.ctLen())
                .array();
    }

    /**
     * The length and header checks, in the documented order, before anything is allocated from ct_len.
     * Empty when {@code sealed} is well-formed.
     */
    static Optional<RejectReason> check(byte[] sealed) {
        if (sealed.length < HEADER_BYTES) {
            return Optional.of(RejectReason.LENGTH);
        }
        ByteBuffer b = ByteBuffer.wrap(sealed);
        if (Byte.toUnsignedInt(b.get(OFF_VERSION)) != VERSION_1) {
            return Optional.of(RejectReason.VERSION);
        }
        int flags = Short.toUnsignedInt(b.getShort(OFF_FLAGS));
        long timestamp = b.getLong(OFF_TIMESTAMP);
        boolean unsynced = (flags & FLAG_CLOCK_UNSYNCED) != 0;
        if (MessageType.fromWireCode(Byte.toUnsignedInt(b.get(OFF_TYPE))).isEmpty()
                || Short.toUnsignedInt(b.getShort(OFF_SUITE)) != SUITE_X25519_CHACHA20_ED25519
                || (flags & ~ACCEPTED_FLAGS) != 0
                || ((flags & FLAG_COMPRESSED) != 0
                    && Byte.toUnsignedInt(b.get(OFF_TYPE)) != MessageType.TELEMETRY.wireCode())
                || unsynced != (timestamp == 0)
                || b.getLong(OFF_SEQ) < 0) {
            return Optional.of(RejectReason.HEADER);
        }
        long ctLen = Integer.toUnsignedLong(b.getInt(OFF_CT_LEN));
        if (ctLen < AEAD_TAG_BYTES || ctLen > MAX_CT_BYTES
                || sealed.length != HEADER_BYTES + ENC_BYTES + ctLen + SIG_BYTES) {
            return Optional.of(RejectReason.LENGTH);
        }
        return Optional.empty();
    }

    /** Decodes a header that {@link #check} accepted. */
    static EnvelopeHeader decodeHeader(byte[] sealed) {
        ByteBuffer b = ByteBuffer.wrap(sealed, 0, HEADER_BYTES);
        int version = Byte.toUnsignedInt(b.get());
        MessageType type = MessageType.fromWireCode(Byte.toUnsignedInt(b.get())).orElseThrow();
        int suite = Short.toUnsignedInt(b.getShort());
        int flags = Short.toUnsignedInt(b.getShort());
        byte[] id = new byte[DEVICE_ID_BYTES];
        b.get(id);
        return new EnvelopeHeader(version, type, suite, flags, HexFormat.of().formatHex(id),
                b.getInt(), b.getInt(), b.getLong(), b.getLong(), b.getInt());
    }

    /** The bytes the Ed25519 signature covers: context string, then H ‖ enc ‖ ct (everything before sig). */
    static byte[] signedBytes(byte[] sealed, int headerEncCtBytes) {
        byte[] out = new byte[SIGNATURE_CONTEXT.length + headerEncCtBytes];
        System.arraycopy(SIGNATURE_CONTEXT, 0, out, 0, SIGNATURE_CONTEXT.length);
        System.arraycopy(sealed, 0, out, SIGNATURE_CONTEXT.length, headerEncCtBytes);
        return out;
    }
}
