package com.ooma.telo.agent.spool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FileHeaderTest {


    // CRC computed independently (bitwise CRC32C in Python) over the 20 bytes above it.
    private static final String GOLDEN = ""
            + "54454c4f53504f4c"   // magic "TELOSPOL"
            + "0002"               // version = 2
            + "0000"               // reserved
            + "0000000000000001"   // next_id = 1
            + "5675e4bf";          // header_crc = CRC32C(bytes 0..19)

    /** What a version-1 agent wrote (next_id = 1): still read. */
    private static final String GOLDEN_V1 = "54454c4f53504f4c" + "0001" + "0000" + "0000000000000001" + "ea0b8a0d";

    @Test
    void encode_matchesGoldenBytesFieldByField() {
        assertThat(HexFormat.of().formatHex(FileHeader.encode(1))).isEqualTo(GOLDEN);
    }

    @Test
    void check_returnsNextIdOfGoldenHeader() {
        assertThat(FileHeader.check(FileHeader.encode(4242))).isEqualTo(new FileHeader.Readable(2, 4242));
        assertThat(FileHeader.check(HexFormat.of().parseHex(GOLDEN))).isEqualTo(new FileHeader.Readable(2, 1));
        assertThat(FileHeader.check(HexFormat.of().parseHex(GOLDEN_V1))).isEqualTo(new FileHeader.Readable(1, 1));
    }

    @Test
    void check_namesNewerVersionAsUnreadableNotAsDamage() {
        byte[] header = withVersion(FileHeader.encode(1), 3);

        assertThat(FileHeader.check(header)).isEqualTo(
                new FileHeader.Unreadable("format version 3; this agent reads versions 1 to 2"));
    }

    @Test
    void check_namesForeignFileByMagic() {
        byte[] foreign = "not a spool file at all, really".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(FileHeader.check(foreign)).isEqualTo(new FileHeader.Unreadable("not a Telo spool file (bad magic)"));
    }

    @Test
    void check_tellsDamagedHeaderFromShortFile() {
        byte[] damaged = FileHeader.encode(1);
        damaged[FileHeader.NEXT_ID_OFFSET + 7] ^= 0x10;

        assertThat(FileHeader.check(damaged)).isInstanceOf(FileHeader.DamagedHeader.class);
        assertThat(FileHeader.check(new byte[10]))
                .isEqualTo(new FileHeader.Unreadable("10 bytes, shorter than the 24-byte header"));
        assertThat(FileHeader.check(new byte[0]))
                .isEqualTo(new FileHeader.Unreadable("0 bytes, shorter than the 24-byte header"));
    }

    /** A header as a future agent would write it: another version, CRC recomputed. */
    static byte[] withVersion(byte[] header, int version) {
        ByteBuffer buf = ByteBuffer.wrap(header);
        buf.putShort(FileHeader.VERSION_OFFSET, (short) version);
        buf.putInt(FileHeader.HEADER_CRC_OFFSET, RecordFrame.crc32c(header, 0, FileHeader.HEADER_CRC_OFFSET));
        return header;
    }
}
