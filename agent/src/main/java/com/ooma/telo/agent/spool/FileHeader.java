package com.ooma.telo.agent.spool;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Encodes and checks the header at the start of every spool file: magic, format version, and the id floor that
 * keeps ids increasing after every record has been acknowledged and compacted away.
 *
 * <pre>
 * offset   size  field
 * 0        8     magic       "TELOSPOL" = 54 45 4C 4F 53 50 4F 4C
 * 8        2     version     u16, 2 (this agent writes 2 and reads 1 and 2; 2 adds ack frames, {@link AckFrame})
 * 10       2     reserved    u16, written 0, ignored by version 1 readers
 * 12       8     next_id     u64, the id the writer would have assigned next when it wrote the file
 * 20       4     header_crc  CRC32C over bytes 0..19
 * 24             first record frame (see {@link RecordFrame})
 * </pre>
 * Magic and version are checked before the CRC, so a file from a newer agent is named as such rather than as damage.
 * Neither is ever a reason not to start: docs/spool-format.md says what the spool does with each outcome.
 */
final class FileHeader {

    static final byte[] MAGIC = {'T', 'E', 'L', 'O', 'S', 'P', 'O', 'L'};
    static final int MAGIC_OFFSET = 0;
    static final int VERSION_OFFSET = 8;
    static final int RESERVED_OFFSET = 10;
    static final int NEXT_ID_OFFSET = 12;
    static final int HEADER_CRC_OFFSET = 20;
    static final int BYTES = 24;
    static final int FORMAT_VERSION = 2;
    /** The oldest version this agent reads: version 1 is version 2 without ack frames. */
    static final int OLDEST_READABLE_VERSION = 1;

    private FileHeader() { }

    static byte[] encode(long nextId) {
        ByteBuffer out = ByteBuffer.allocate(BYTES);
        out.put(MAGIC).putShort(VERSION_OFFSET, (short) FORMAT_VERSION).putShort(RESERVED_OFFSET, (short) 0)
                .putLong(NEXT_ID_OFFSET, nextId);
        out.putInt(HEADER_CRC_OFFSET, RecordFrame.crc32c(out.array(), 0, HEADER_CRC_OFFSET));
        return out.array();
    }

    /** What the first bytes of a file say about it; outcomes, so the caller decides what to keep. */
    sealed interface Check permits Readable, DamagedHeader, Unreadable { }

    /** A header this agent reads: its version and next_id. */
    record Readable(int version, long nextId) implements Check { }

    /** Magic and version right, CRC wrong (a flipped bit): the frames behind it may still be intact. */
    record DamagedHeader() implements Check { }

    /**
     * Not a spool file this agent can read: too short (an empty file included), wrong magic, or another format
     * version; {@code reason} names which, without quoting file content.
     */
    record Unreadable(String reason) implements Check { }

    /** Checks magic, then version, then CRC, so a file from a newer agent is named as such rather than as damage. */
    static Check check(byte[] file) {
        if (file.length < BYTES) {
            return new Unreadable(file.length + " bytes, shorter than the " + BYTES + "-byte header");
        }
        if (!Arrays.equals(file, MAGIC_OFFSET, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new Unreadable("not a Telo spool file (bad magic)");
        }
        ByteBuffer in = ByteBuffer.wrap(file, 0, BYTES);
        int version = Short.toUnsignedInt(in.getShort(VERSION_OFFSET));
        if (version < OLDEST_READABLE_VERSION || version > FORMAT_VERSION) {
            return new Unreadable("format version " + version + "; this agent reads versions "
                    + OLDEST_READABLE_VERSION + " to " + FORMAT_VERSION);
        }
        if (in.getInt(HEADER_CRC_OFFSET) != RecordFrame.crc32c(file, 0, HEADER_CRC_OFFSET)) {
            return new DamagedHeader();
        }
        return new Readable(version, in.getLong(NEXT_ID_OFFSET));
    }
}
