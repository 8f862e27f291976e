package com.ooma.telo.agent.spool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Encodes and checks the frame around one spooled record. The channel sits in the frame, outside the sealed bytes,
 * so a consent purge selects records without opening them. Two CRCs: a damaged length is caught by the header CRC
 * (so it is never mistaken for a torn tail and never makes recovery skip valid records it points over).
 *
 * <pre>
 * offset   size  field
 * 0        4     marker       "TREC" = 54 52 45 43; recovery searches for it after damage
 * 4        8     id           u64, strictly increasing within a file and across restarts
 * 12       4     payload_len  u32 L, at most MAX_PAYLOAD_BYTES
 * 16       1     channel_len  u8, 1..15
 * 17       15    channel      US-ASCII [a-z][a-z0-9_]*, zero-padded to 15 bytes
 * 32       4     header_crc   CRC32C (Castagnoli) over bytes 0..31
 * 36       L     payload      the sealed envelope, opaque
 * 36+L     4     payload_crc  CRC32C over the payload
 * </pre>
 * All integers are big-endian. A frame is {@link #OVERHEAD_BYTES} + L bytes long.
 */
final class RecordFrame {

    static final byte[] MARKER = {'T', 'R', 'E', 'C'};
    static final int MARKER_OFFSET = 0;
    static final int ID_OFFSET = 4;
    static final int PAYLOAD_LEN_OFFSET = 12;
    static final int CHANNEL_LEN_OFFSET = 16;
    static final int CHANNEL_OFFSET = 17;
    static final int MAX_CHANNEL_BYTES = 15;
    static final int HEADER_CRC_OFFSET = 32;
    static final int HEADER_BYTES = 36;
    static final int PAYLOAD_OFFSET = HEADER_BYTES;
    static final int TRAILER_BYTES = 4;
    static final int OVERHEAD_BYTES = HEADER_BYTES + TRAILER_BYTES;
    /** Envelopes stop near 262,290 bytes (82 + 262,144 + 64); a larger length is damage, not data. */
    static final int MAX_PAYLOAD_BYTES = 1 << 20;

    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0," + (MAX_CHANNEL_BYTES - 1) + "}");

    /** Frame header fields, read from a header whose marker and CRC matched. */
    record Header(long id, int payloadLen, String channel) {
        long frameBytes() {
            return RecordFrame.frameBytes(payloadLen);
        }
    }

    private RecordFrame() { }

    static boolean isValidChannel(String channel) {
        return channel != null && CHANNEL.matcher(channel).matches();
    }

    static long frameBytes(int payloadLen) {
        return (long) OVERHEAD_BYTES + payloadLen;
    }

    /** The whole frame; the caller has checked the channel and the payload size. */
    static byte[] encode(long id, String channel, byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(frameBytes(payload.length)));
        byte[] name = channel.getBytes(StandardCharsets.US_ASCII);
        out.put(MARKER)
                .putLong(ID_OFFSET, id)
                .putInt(PAYLOAD_LEN_OFFSET, payload.length)
                .put(CHANNEL_LEN_OFFSET, (byte) name.length)
                .put(CHANNEL_OFFSET, name);
        out.putInt(HEADER_CRC_OFFSET, crc32c(out.array(), 0, HEADER_CRC_OFFSET));
        out.put(PAYLOAD_OFFSET, payload);
        out.putInt(PAYLOAD_OFFSET + payload.length, crc32c(payload, 0, payload.length));
        return out.array();
    }

    /** The header at {@code at}, if a whole one is there with its marker, a matching CRC and in-range fields. */
    static Optional<Header> readHeader(byte[] file, int at) {
        if (at < 0 || file.length - at < HEADER_BYTES || !markerAt(file, at)) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(file, at, HEADER_BYTES).slice();
        if (in.getInt(HEADER_CRC_OFFSET) != crc32c(file, at, HEADER_CRC_OFFSET)) {
            return Optional.empty();
        }
        int payloadLen = in.getInt(PAYLOAD_LEN_OFFSET);
        int channelLen = in.get(CHANNEL_LEN_OFFSET) & 0xFF;
        if (payloadLen < 0 || payloadLen > MAX_PAYLOAD_BYTES || channelLen < 1 || channelLen > MAX_CHANNEL_BYTES) {
            return Optional.empty();
        }
        String channel = new String(file, at + CHANNEL_OFFSET, channelLen, StandardCharsets.US_ASCII);
        return isValidChannel(channel)
                ? Optional.of(new Header(in.getLong(ID_OFFSET), payloadLen, channel))
                : Optional.empty();
    }

    /** Whether the payload of the frame at {@code at} (whose header is valid and whose end is in the file) is intact. */
    static boolean payloadIntact(byte[] file, int at, Header header) {
        int payloadAt = at + PAYLOAD_OFFSET;
        int stored = ByteBuffer.wrap(file).getInt(payloadAt + header.payloadLen());
        return stored == crc32c(file, payloadAt, header.payloadLen());
    }

    static boolean markerAt(byte[] file, int at) {
        for (int i = 0; i < MARKER.length; i++) {
            if (file[at + i] != MARKER[i]) {
                return false;
            }
        }
        return true;
    }

    static int crc32c(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
