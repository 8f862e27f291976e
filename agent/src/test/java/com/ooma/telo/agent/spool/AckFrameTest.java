package com.ooma.telo.agent.spool;

import static com.ooma.telo.agent.spool.SpoolTest.id;
import static com.ooma.telo.agent.spool.SpoolTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acks are durable at once against a crash, without a sync: an ack frame behind the records. */
class AckFrameTest {
    // CRC computed independently (bitwise CRC32C in Python) over the 12 bytes before it.
    private static final String GOLDEN = ""
            + "5441434b"           // marker "TACK"
            + "0000000000000001"   // id = 1
            + "909a22ea";          // crc = CRC32C(bytes 0..11)

    @TempDir
    Path dir;

    @Test
    void encode_matchesGoldenBytes_andReadsBack() {
        assertThat(HexFormat.of().formatHex(AckFrame.encode(1))).isEqualTo(GOLDEN);
        assertThat(AckFrame.read(AckFrame.encode(77), 0)).isEqualTo(OptionalLong.of(77));
        byte[] damaged = AckFrame.encode(77);
        damaged[AckFrame.ID_OFFSET + 7] ^= 1;
        assertThat(AckFrame.read(damaged, 0)).isEmpty();
    }

    @Test
    void ackedRecords_stayAcked_afterTheProcessDiesWithoutClosing() throws IOException {
        Spool spool = Spool.open(dir, 1 << 20);
        long a = id(spool.append("health", payload(1, 300)));
        long b = id(spool.append("health", payload(2, 300)));
        long c = id(spool.append("usage", payload(3, 300)));
        spool.ack(a);
        spool.ack(c);
        // no close: a kill -9 leaves the file as it is now (the page cache survives the process)

        try (Spool after = Spool.open(dir, 1 << 20)) {
            assertThat(after.pending()).extracting(SpoolRecord::id).containsExactly(b);
            assertThat(after.stats().corruptSkipped()).isZero();
            assertThat(after.stats().tornTruncated()).isZero();
        }
    }

    @Test
    void aTornAckFrame_losesNoRecord_itsRecordIsSentAgain() throws IOException {
        Spool spool = Spool.open(dir, 1 << 20);
        long a = id(spool.append("health", payload(1, 300)));
        spool.ack(a);
        Path file = dir.resolve(SpoolSegment.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));

        try (Spool after = Spool.open(dir, 1 << 20)) {
            assertThat(after.pending()).extracting(SpoolRecord::id).containsExactly(a);
            assertThat(after.stats().tornTruncated()).isZero();
        }
    }

    @Test
    void ackWithoutRoomForItsFrame_compactsInstead_keepingTheBound() throws IOException {
        long max = FileHeader.BYTES + 2 * RecordFrame.frameBytes(300) + 10;
        try (Spool spool = Spool.open(dir, max)) {
            long a = id(spool.append("health", payload(1, 300)));
            long b = id(spool.append("health", payload(2, 300)));
            spool.ack(a);
            assertThat(Files.size(dir.resolve(SpoolSegment.FILE_NAME))).isLessThanOrEqualTo(max);
            assertThat(spool.pending()).extracting(SpoolRecord::id).containsExactly(b);
        }
    }

    @Test
    void versionOneFile_isReadAndRewrittenInTheCurrentFormatBeforeAnyAckLandsInIt() throws IOException {
        try (Spool spool = Spool.open(dir, 1 << 20)) {
            spool.append("health", payload(1, 300));
        }
        Path file = dir.resolve(SpoolSegment.FILE_NAME);
        byte[] v1 = FileHeaderTest.withVersion(Files.readAllBytes(file), 1);
        Files.write(file, v1);

        try (Spool spool = Spool.open(dir, 1 << 20)) {
            assertThat(spool.pending()).hasSize(1);
            assertThat(FileHeader.check(Files.readAllBytes(file))).isInstanceOf(FileHeader.Readable.class)
                    .extracting(h -> ((FileHeader.Readable) h).version()).isEqualTo(FileHeader.FORMAT_VERSION);
        }
    }
}
