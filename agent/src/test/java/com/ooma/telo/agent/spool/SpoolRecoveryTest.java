package com.ooma.telo.agent.spool;

import static com.ooma.telo.agent.spool.SpoolTest.id;
import static com.ooma.telo.agent.spool.SpoolTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay after crashes and flash damage: what survives, what is counted, and that the file stays usable. */
class SpoolRecoveryTest {

    private static final long MAX_BYTES = 1 << 20;
    private static final int PAYLOAD_BYTES = 200;

    @TempDir
    Path dir;

    private List<SpoolRecord> written;
    private byte[] clean;
    private long[] frameStart;

    @BeforeEach
    void writeThreeRecords() throws IOException {
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            for (int i = 1; i <= 3; i++) {
                spool.append(i == 2 ? "usage" : "health", payload(i, PAYLOAD_BYTES));
            }
            written = spool.pending();
        }
        clean = Files.readAllBytes(file());
        long frame = RecordFrame.frameBytes(PAYLOAD_BYTES);
        frameStart = new long[] {FileHeader.BYTES, FileHeader.BYTES + frame, FileHeader.BYTES + 2 * frame};
        assertThat(clean).hasSize((int) (frameStart[2] + frame));
    }

    @Test
    void tornTail_atEveryOffsetInsideLastRecord_keepsEarlierRecordsAndCountsIt() throws IOException {
        for (int cut = (int) frameStart[2] + 1; cut < clean.length; cut++) {
            Files.write(file(), Arrays.copyOf(clean, cut));

            try (Spool spool = Spool.open(dir, MAX_BYTES)) {
                assertThat(spool.pending()).as("cut at %d", cut).containsExactlyElementsOf(written.subList(0, 2));
                assertThat(spool.stats().tornTruncated()).as("cut at %d", cut).isEqualTo(1);
                assertThat(spool.stats().corruptSkipped()).as("cut at %d", cut).isZero();
                assertThat(Files.size(file())).as("cut at %d", cut).isEqualTo(frameStart[2]);
            }
        }
    }

    @Test
    void tornTail_fileStaysUsable_nextAppendSurvivesReopen() throws IOException {
        Files.write(file(), Arrays.copyOf(clean, clean.length - 7));
        long added;
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            added = id(spool.append("state", payload(9, 50)));
        }
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            assertThat(spool.pending()).extracting(SpoolRecord::id)
                    .containsExactly(written.get(0).id(), written.get(1).id(), added);
            assertThat(spool.stats().tornTruncated()).isZero();
        }
    }

    @Test
    void flippedByte_anywhereInMiddleRecord_isSkippedAndCounted_laterRecordKept() throws IOException {
        for (int at = (int) frameStart[1]; at < frameStart[2]; at++) {
            byte[] damaged = clean.clone();
            damaged[at] ^= 0x04;
            Files.write(file(), damaged);

            try (Spool spool = Spool.open(dir, MAX_BYTES)) {
                assertThat(spool.pending()).as("flip at %d", at)
                        .containsExactly(written.get(0), written.get(2));
                assertThat(spool.stats().corruptSkipped()).as("flip at %d", at).isEqualTo(1);
            }
        }
    }

    @Test
    void flippedByte_inLastRecord_isDetectedAndDropsOnlyThatRecord() throws IOException {
        for (int at = (int) frameStart[2]; at < clean.length; at++) {
            byte[] damaged = clean.clone();
            damaged[at] ^= 0x40;
            Files.write(file(), damaged);

            try (Spool spool = Spool.open(dir, MAX_BYTES)) {
                SpoolStats stats = spool.stats();
                assertThat(spool.pending()).as("flip at %d", at).containsExactlyElementsOf(written.subList(0, 2));
                // Damage that reaches the end of the file cannot be told from a torn write: either count moves.
                assertThat(stats.corruptSkipped() + stats.tornTruncated()).as("flip at %d", at).isEqualTo(1);
            }
        }
    }

    @Test
    void corruptRecord_isRewrittenAwayAtOpen_soItIsCountedOnce() throws IOException {
        byte[] damaged = clean.clone();
        damaged[(int) frameStart[1] + RecordFrame.PAYLOAD_OFFSET + 5] ^= 0x01;
        Files.write(file(), damaged);
        Spool.open(dir, MAX_BYTES).close();

        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            assertThat(spool.stats().corruptSkipped()).isZero();
            assertThat(spool.pending()).containsExactly(written.get(0), written.get(2));
        }
        assertThat(Files.size(file())).isEqualTo(frameStart[2]); // header and two frames: the damaged one is gone
    }

    @Test
    void zeroFilledTail_asLeftByACrashAfterTheFileGrew_isTruncated() throws IOException {
        byte[] grown = Arrays.copyOf(clean, clean.length + 4096);
        Files.write(file(), grown);

        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            assertThat(spool.pending()).containsExactlyElementsOf(written);
            assertThat(spool.stats().tornTruncated()).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(clean);
    }

    private Path file() {
        return dir.resolve(SpoolSegment.FILE_NAME);
    }
}
