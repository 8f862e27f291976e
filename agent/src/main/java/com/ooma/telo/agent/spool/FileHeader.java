package com.ooma.telo.agent.spool;

import com.ooma.telo.agent.state.DamagedStateException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Encodes and checks the header at the start of every spool file: magic, format version, and the id floor that
 * keeps ids increasing after every record has been acknowledged and compacted away.
 *
 * <pre>
 * offset   size  field
 * 0        8     magic       "TELOSPOL" = 54 45 4C 4F 53 50 4F 4C
 * 8        2     version     u16, 1 (this agent writes 1 and reads 1)
 * 10       2     reserved    u16, written 0, ignored by version 1 readers
 * 12       8     next_id     u64, the id the writer would have assigned next when it wrote the file
 * 20       4     header_crc  CRC32C over bytes 0..19
 * 24             first record frame (see {@link RecordFrame})
 * </pre>
 * Magic and version are checked before the CRC, so a file from a newer agent is named as such rather than as damage.
 */
final class FileHeader {

    static final byte[] MAGIC = {'T', 'E', 'L', 'O', 'S', 'P', 'O', 'L'};
    static final int MAGIC_OFFSET = 0;
    static final int VERSION_OFFSET = 8;
    static final int RESERVED_OFFSET = 10;
    static final int NEXT_ID_OFFSET = 12;
    static final int HEADER_CRC_OFFSET = 20;
    static final int BYTES = 24;
    static final int FORMAT_VERSION = 1;

    private FileHeader() { }

    static byte[] encode(long nextId) {
        ByteBuffer out = ByteBuffer.allocate(BYTES);
        out.put(MAGIC).putShort(VERSION_OFFSET, (short) FORMAT_VERSION).putShort(RESERVED_OFFSET, (short) 0)
                .putLong(NEXT_ID_OFFSET, nextId);
        out.putInt(HEADER_CRC_OFFSET, RecordFrame.crc32c(out.array(), 0, HEADER_CRC_OFFSET));
        return out.array();
    }

    /** Returns next_id; fails with a message naming the file when it is not a spool file this agent can read. */
    static long decode(byte[] file, Path path) throws IOException {
        if (file.length < BYTES) {
            throw new DamagedStateException("spool file " + path + " is not a Telo spool file: " + file.length
                    + " bytes, shorter than the " + BYTES + "-byte header");
        }
        if (!Arrays.equals(file, MAGIC_OFFSET, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new DamagedStateException("spool file " + path + " is not a Telo spool file (bad magic)");
        }
        ByteBuffer in = ByteBuffer.wrap(file, 0, BYTES);
        int version = Short.toUnsignedInt(in.getShort(VERSION_OFFSET));
        if (version != FORMAT_VERSION) {
            throw new DamagedStateException("spool file " + path + " has format version " + version
                    + "; this agent reads version " + FORMAT_VERSION + " only (move the file away to start empty)");
        }
        if (in.getInt(HEADER_CRC_OFFSET) != RecordFrame.crc32c(file, 0, HEADER_CRC_OFFSET)) {
            throw new DamagedStateException("spool file " + path + " has a damaged header (CRC mismatch)");
        }
        return in.getLong(NEXT_ID_OFFSET);
    }
}
