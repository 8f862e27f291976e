package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The 50-byte header against hand-written golden bytes, and the pre-crypto length and header checks. */
class WireFormatTest {
    private static final EnvelopeHeader GOLDEN = new EnvelopeHeader(1, MessageType.COMMAND_ACK, 1, 2,
            "00112233445566778899aabbccddeeff", 0xA1B2C3D4, 0x01020304, 0x0102030405060708L, 0, 0x10);

    private static final byte[] GOLDEN_BYTES = {
        0x01,                                               // version 1
        0x03,                                               // type 3: command acknowledgement
        0x00, 0x01,                                         // suite 1
        0x00, 0x02,                                         // flags: bit 1, clock not synced
        0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,     // device_id, first 8 bytes
        (byte) 0x88, (byte) 0x99, (byte) 0xaa, (byte) 0xbb, // device_id ...
        (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff, // ... last 8 bytes
        (byte) 0xa1, (byte) 0xb2, (byte) 0xc3, (byte) 0xd4, // sender_kid
        0x01, 0x02, 0x03, 0x04,                             // recipient_kid
        0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,     // seq
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,     // timestamp_ms 0 (clock not synced)
        0x00, 0x00, 0x00, 0x10,                             // ct_len 16: tag only, empty plaintext
    };

    @Test
    void encodeHeader_matchesGoldenBytes() {
        assertThat(WireFormat.encodeHeader(GOLDEN)).isEqualTo(GOLDEN_BYTES);
    }

    @Test
    void decodeHeader_readsEveryFieldOfGoldenBytes() {
        assertThat(WireFormat.decodeHeader(wellFormed(GOLDEN_BYTES))).isEqualTo(GOLDEN);
    }

    @Test
    void check_acceptsGoldenHeaderWithExactBody() {
        assertThat(WireFormat.check(wellFormed(GOLDEN_BYTES))).isEmpty();
    }

    @Test
    void check_rejectsTimestampWithClockUnsyncedFlag() {
        byte[] msg = wellFormed(GOLDEN_BYTES);
        msg[WireFormat.OFF_TIMESTAMP + 7] = 1;
        assertThat(WireFormat.check(msg)).contains(RejectReason.HEADER);
    }

    @Test
    void check_rejectsZeroTimestampWithoutClockUnsyncedFlag() {
        byte[] msg = wellFormed(GOLDEN_BYTES);
        msg[WireFormat.OFF_FLAGS + 1] = 0;
        assertThat(WireFormat.check(msg)).contains(RejectReason.HEADER);
    }

    @Test
    void check_rejectsCompressionFlagThisBuildCannotInflate() {
        byte[] msg = wellFormed(GOLDEN_BYTES);
        msg[WireFormat.OFF_FLAGS + 1] = 3;
        assertThat(WireFormat.check(msg)).contains(RejectReason.HEADER);
    }

    @Test
    void check_rejectsCtLenBelowTagSize() {
        byte[] header = GOLDEN_BYTES.clone();
        header[WireFormat.OFF_CT_LEN + 3] = 15;
        byte[] msg = Arrays.copyOf(header, WireFormat.HEADER_BYTES + WireFormat.ENC_BYTES + 15
                + WireFormat.SIG_BYTES);
        assertThat(WireFormat.check(msg)).contains(RejectReason.LENGTH);
    }

    @Test
    void check_rejectsSeqWithTopBitSet() {
        byte[] msg = wellFormed(GOLDEN_BYTES);
        msg[WireFormat.OFF_SEQ] = (byte) 0x80;
        assertThat(WireFormat.check(msg)).contains(RejectReason.HEADER);
    }

    /** The header followed by zeroed enc, ct and sig of exactly the declared sizes. */
    private static byte[] wellFormed(byte[] header) {
        return Arrays.copyOf(header, WireFormat.HEADER_BYTES + WireFormat.ENC_BYTES + 16 + WireFormat.SIG_BYTES);
    }
}
