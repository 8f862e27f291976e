package com.ooma.telo.agent.spool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RecordFrameTest {

    private static final byte[] PAYLOAD = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};

    // CRC values computed independently (bitwise CRC32C, polynomial 0x82F63B78, in Python) from the bytes above them.
    private static final String GOLDEN = ""
            + "54524543"                              // marker "TREC"
            + "0000000000000001"                      // id = 1
            + "00000004"                              // payload_len = 4
            + "06"                                    // channel_len = 6
            + "6865616c7468" + "000000000000000000"   // channel "health", zero-padded to 15 bytes
            + "8e00af43"                              // header_crc = CRC32C(bytes 0..31)
            + "cafebabe"                              // payload (opaque sealed bytes)
            + "d3b7f26c";                             // payload_crc = CRC32C(payload)

    @Test
    void encode_matchesGoldenBytesFieldByField() {
        byte[] frame = RecordFrame.encode(1, "health", PAYLOAD);

        assertThat(HexFormat.of().formatHex(frame)).isEqualTo(GOLDEN);
        assertThat(frame).hasSize(RecordFrame.OVERHEAD_BYTES + PAYLOAD.length);
    }

    @Test
    void crc_isCastagnoliNotPlainCrc32() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

        // The CRC-32C check value; plain CRC-32 would give 0xCBF43926.
        assertThat(RecordFrame.crc32c(check, 0, check.length)).isEqualTo(0xE3069283);
    }

    @Test
    void readHeader_returnsFieldsOfGoldenFrame() {
        byte[] frame = HexFormat.of().parseHex(GOLDEN);

        RecordFrame.Header header = RecordFrame.readHeader(frame, 0).orElseThrow();

        assertThat(header).isEqualTo(new RecordFrame.Header(1, 4, "health"));
        assertThat(RecordFrame.payloadIntact(frame, 0, header)).isTrue();
    }

    @Test
    void readHeader_rejectsEveryFlippedHeaderByte() {
        for (int i = 0; i < RecordFrame.HEADER_BYTES; i++) {
            byte[] frame = HexFormat.of().parseHex(GOLDEN);
            frame[i] ^= 0x01;

            assertThat(RecordFrame.readHeader(frame, 0)).as("flip at byte %d", i).isEmpty();
        }
    }

    @Test
    void payloadIntact_isFalseWhenPayloadOrItsCrcIsFlipped() {
        for (int i = RecordFrame.PAYLOAD_OFFSET; i < GOLDEN.length() / 2; i++) {
            byte[] frame = HexFormat.of().parseHex(GOLDEN);
            frame[i] ^= (byte) 0x80;
            RecordFrame.Header header = RecordFrame.readHeader(frame, 0).orElseThrow();

            assertThat(RecordFrame.payloadIntact(frame, 0, header)).as("flip at byte %d", i).isFalse();
        }
    }

    @Test
    void isValidChannel_acceptsShortLowercaseNamesOnly() {
        assertThat(RecordFrame.isValidChannel("health")).isTrue();
        assertThat(RecordFrame.isValidChannel("usage")).isTrue();
        assertThat(RecordFrame.isValidChannel("")).isFalse();
        assertThat(RecordFrame.isValidChannel("Health")).isFalse();
        assertThat(RecordFrame.isValidChannel("a_very_long_name")).isFalse(); // 16 bytes, over the 15-byte field
        assertThat(RecordFrame.isValidChannel(null)).isFalse();
    }
}
