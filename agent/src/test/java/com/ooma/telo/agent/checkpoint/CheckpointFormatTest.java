package com.ooma.telo.agent.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.ReportWindow;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class CheckpointFormatTest {
    private static final WindowSnapshot ONE = new WindowSnapshot(Channel.USAGE,
            new ReportWindow(Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000)),
            List.of(new Series(Metric.CALL_BLOCKED, List.of("spam_filter"), List.of(3L))));

    /** Everything before the sealed section: the same in version 1 and 2 but for the version field. */
    private static String windowsHex(String version) {
        return ""
                + "54454c4f434b5054"                    // magic "TELOCKPT"
                + version                               // format version
                + "0001"                                // one window
                + "0005" + "7573616765"                 // channel "usage" (length-prefixed UTF-8)
                + "00000000000003e8"                    // window start, Unix ms 1000
                + "00000000000007d0"                    // window end, Unix ms 2000
                + "00000001"                            // one series
                + "000c" + "63616c6c2e626c6f636b6564"   // metric "call.blocked"
                + "01"                                  // one label
                + "000b" + "7370616d5f66696c746572"     // label value "spam_filter"
                + "01"                                  // one cell
                + "0000000000000003";                   // count 3
    }

    private static String withCrc(String body) {
        CRC32C crc = new CRC32C();
        crc.update(HexFormat.of().parseHex(body));
        return body + String.format("%08x", crc.getValue()); // CRC-32C over everything before it
    }

    private static final SealedReport SEALED = new SealedReport("health", new byte[] {1, 2, 3});

    @Test
    void encode_goldenBytes() {
        String body = windowsHex("0002")
                + "0001"                                // one sealed report on its way to the spool
                + "0006" + "6865616c7468"               // its channel "health"
                + "00000003"                            // envelope length 3
                + "010203";                             // the envelope's bytes, as sealed
        assertThat(HexFormat.of().formatHex(CheckpointFormat.encode(List.of(ONE), List.of(SEALED))))
                .isEqualTo(withCrc(body));
    }

    @Test
    void decode_readsVersion1_asWrittenByRelease010() throws IOException {
        CheckpointFormat.Decoded d = CheckpointFormat.decode(HexFormat.of().parseHex(withCrc(windowsHex("0001"))));
        assertThat(d.windows()).containsExactly(ONE);
        assertThat(d.sealed()).isEmpty();
    }

    @Test
    void decode_givesBackTheSealedReports() throws IOException {
        assertThat(CheckpointFormat.decode(CheckpointFormat.encode(List.of(ONE), List.of(SEALED))).sealed())
                .containsExactly(SEALED);
    }

    @Test
    void decode_readsWhatEncodeWrote() throws IOException {
        assertThat(CheckpointFormat.decode(CheckpointFormat.encode(List.of(ONE))).windows()).containsExactly(ONE);
    }

    @Test
    void decode_rejectsANewerVersion_evenWithAValidCrc() {
        byte[] bytes = CheckpointFormat.encode(List.of(ONE));
        bytes[9] = 3;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
        assertThatThrownBy(() -> CheckpointFormat.decode(bytes)).hasMessageContaining("version 3");
    }

    @Test
    void decode_rejectsATornFile() {
        byte[] bytes = CheckpointFormat.encode(List.of(ONE));
        assertThatThrownBy(() -> CheckpointFormat.decode(java.util.Arrays.copyOf(bytes, bytes.length - 9)))
                .isInstanceOf(IOException.class);
    }
}
