package com.ooma.telo.agent.spool;

import java.nio.ByteBuffer;
import java.util.OptionalLong;

/**
 * Encodes and checks the frame that makes one acknowledgement durable: appended behind the records, written without
 * an fsync of its own (the next record's fdatasync, or the kernel's writeback within seconds, takes it to flash), so
 * an ack costs no flash sync and survives {@code kill -9}; a power cut may lose the last few, whose records are then
 * sent again and dropped as duplicates by the backend. Format version 2 and later.
 *
 * <pre>
 * offset   size  field
 * 0        4     marker  "TACK" = 54 41 43 4B
 * 4        8     id      u64, the record acknowledged
 * 12       4     crc     CRC32C over bytes 0..11
 * </pre>
 */
final class AckFrame {
    static final byte[] MARKER = {'T', 'A', 'C', 'K'};
    static final int ID_OFFSET = 4;
    static final int CRC_OFFSET = 12;
    static final int BYTES = 16;

    private AckFrame() { }

    static byte[] encode(long id) {
        ByteBuffer out = ByteBuffer.allocate(BYTES).put(MARKER).putLong(ID_OFFSET, id);
        out.putInt(CRC_OFFSET, RecordFrame.crc32c(out.array(), 0, CRC_OFFSET));
        return out.array();
    }

    /** The id of a whole, intact ack frame at {@code at}; empty otherwise. */
    static OptionalLong read(byte[] file, int at) {
        if (at < 0 || file.length - at < BYTES || !markerAt(file, at)) {
            return OptionalLong.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(file, at, BYTES).slice();
        return in.getInt(CRC_OFFSET) == RecordFrame.crc32c(file, at, CRC_OFFSET)
                ? OptionalLong.of(in.getLong(ID_OFFSET)) : OptionalLong.empty();
    }

    static boolean markerAt(byte[] file, int at) {
        if (file.length - at < MARKER.length) {
            return false;
        }
        for (int i = 0; i < MARKER.length; i++) {
            if (file[at + i] != MARKER[i]) {
                return false;
            }
        }
        return true;
    }
}
