package com.ooma.telo.agent.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FileHeaderTest {

    private static final Path FILE = Path.of("/var/spool/telo/spool.seg");

    // CRC computed independently (bitwise CRC32C in Python) over the 20 bytes above it.
    private static final String GOLDEN = ""
            + "54454c4f53504f4c"   // magic "TELOSPOL"
            + "0001"               // version = 1
            + "0000"               // reserved
            + "0000000000000001"   // next_id = 1
            + "ea0b8a0d";          // header_crc = CRC32C(bytes 0..19)

    @Test
    void encode_matchesGoldenBytesFieldByField() {
        assertThat(HexFormat.of().formatHex(FileHeader.encode(1))).isEqualTo(GOLDEN);
    }

    @Test
    void decode_returnsNextIdOfGoldenHeader() throws IOException {
        assertThat(FileHeader.decode(FileHeader.encode(4242), FILE)).isEqualTo(4242);
        assertThat(FileHeader.decode(HexFormat.of().parseHex(GOLDEN), FILE)).isEqualTo(1);
    }

    @Test
    void decode_rejectsNewerVersionNamingFileAndVersion() {
        byte[] header = withVersion(FileHeader.encode(1), 2);

        assertThatThrownBy(() -> FileHeader.decode(header, FILE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(FILE.toString())
                .hasMessageContaining("format version 2");
    }

    @Test
    void decode_rejectsForeignFileByMagic() {
        byte[] foreign = "not a spool file at all, really".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> FileHeader.decode(foreign, FILE))
                .hasMessageContaining(FILE.toString()).hasMessageContaining("bad magic");
    }

    @Test
    void decode_rejectsDamagedHeaderAndShortFile() {
        byte[] damaged = FileHeader.encode(1);
        damaged[FileHeader.NEXT_ID_OFFSET + 7] ^= 0x10;

        assertThatThrownBy(() -> FileHeader.decode(damaged, FILE)).hasMessageContaining("CRC mismatch");
        assertThatThrownBy(() -> FileHeader.decode(new byte[10], FILE)).hasMessageContaining("shorter than");
    }

    /** A header as a future agent would write it: another version, CRC recomputed. */
    static byte[] withVersion(byte[] header, int version) {
        ByteBuffer buf = ByteBuffer.wrap(header);
        buf.putShort(FileHeader.VERSION_OFFSET, (short) version);
        buf.putInt(FileHeader.HEADER_CRC_OFFSET, RecordFrame.crc32c(header, 0, FileHeader.HEADER_CRC_OFFSET));
        return header;
    }
}
