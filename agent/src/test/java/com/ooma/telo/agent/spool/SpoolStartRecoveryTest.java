package com.ooma.telo.agent.spool;

import static com.ooma.telo.agent.spool.SpoolTest.id;
import static com.ooma.telo.agent.spool.SpoolTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up is never blocked by the spool file: an unreadable one is moved aside and counted, a damaged header costs
 * only itself, a full disk at start delays the file, and a torn tail counts the records it lost.
 */
class SpoolStartRecoveryTest {
    private static final long MAX_BYTES = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void unreadableFile_isMovedAsideByteForByte_andTheSpoolStartsEmptyAndWorks() throws IOException {
        byte[] newer = FileHeader.encode(7);
        ByteBuffer.wrap(newer).putShort(FileHeader.VERSION_OFFSET, (short) 3); // a later agent's file
        List<byte[]> unreadable = List.of(new byte[0], new byte[23], "not a spool".getBytes(), newer);
        for (byte[] found : unreadable) {
            Files.write(file(), found);
            long added;
            try (Spool spool = Spool.open(dir, MAX_BYTES)) {
                assertThat(spool.stats().movedAside()).as("%d bytes", found.length).isEqualTo(1);
                assertThat(spool.pending()).isEmpty();
                added = id(spool.append("health", payload(1, 50)));
            }
            assertThat(Files.readAllBytes(dir.resolve(SpoolSegment.UNREADABLE_NAME))).isEqualTo(found);
            try (Spool again = Spool.open(dir, MAX_BYTES)) {
                assertThat(again.stats().movedAside()).isZero();
                assertThat(again.pending()).extracting(SpoolRecord::id).containsExactly(added);
            }
            Files.delete(file());
        }
    }

    @Test
    void flippedHeaderByte_keepsEveryRecord_countsTheHeaderOnce() throws IOException {
        List<SpoolRecord> written = writeRecords(3);
        byte[] damaged = Files.readAllBytes(file());
        damaged[FileHeader.NEXT_ID_OFFSET + 3] ^= 0x40;
        Files.write(file(), damaged);

        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            assertThat(spool.pending()).containsExactlyElementsOf(written);
            assertThat(spool.stats().corruptSkipped()).isEqualTo(1);
            assertThat(spool.stats().movedAside()).isZero();
            long next = id(spool.append("health", payload(9, 50)));
            assertThat(next).isGreaterThan(written.get(2).id());
        }
        try (Spool again = Spool.open(dir, MAX_BYTES)) {
            assertThat(again.stats().corruptSkipped()).isZero(); // rewritten with a good header at once
            assertThat(again.pending()).hasSize(4);
        }
    }

    @Test
    void tornTail_countsEveryRecordItLost() throws IOException {
        writeRecords(4);
        byte[] clean = Files.readAllBytes(file());
        long frame = RecordFrame.frameBytes(200);
        int third = (int) (FileHeader.BYTES + 2 * frame);
        byte[] torn = Arrays.copyOf(clean, clean.length - 5); // the fourth frame cut short ...
        torn[third + 1] ^= 0x01; // ... and the third's marker hit: damage that runs to the end of the file

        Files.write(file(), torn);
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            assertThat(spool.pending()).hasSize(2);
            assertThat(spool.stats().tornTruncated()).isEqualTo(2);
        }
    }

    @Test
    void fullDiskAtStart_opensAnyway_andTheFirstAppendAfterTheDiskFreesCreatesTheFile() throws IOException {
        FaultyChannel.Opener disk = new FaultyChannel.Opener();
        disk.fault = FaultyChannel.Fault.ALL;
        try (Spool spool = Spool.open(dir, MAX_BYTES, disk)) {
            assertThat(spool.append("health", payload(1, 50))).isInstanceOf(AppendResult.Failed.class);
            assertThat(spool.stats().ioErrors()).isEqualTo(1);
            disk.fault = FaultyChannel.Fault.NONE;
            assertThat(spool.append("health", payload(2, 50))).isInstanceOf(AppendResult.Appended.class);
        }
        try (Spool again = Spool.open(dir, MAX_BYTES)) {
            assertThat(again.pending()).extracting(r -> r.sealed()[0]).containsExactly(payload(2, 50)[0]);
        }
    }

    @Test
    void purge_takesTheMovedAsideFileToo() throws IOException {
        Files.write(file(), new byte[23]);
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            assertThat(dir.resolve(SpoolSegment.UNREADABLE_NAME)).exists();
            spool.purge("usage"::equals);
        }
        assertThat(dir.resolve(SpoolSegment.UNREADABLE_NAME)).doesNotExist();
    }

    private List<SpoolRecord> writeRecords(int n) throws IOException {
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            for (int i = 1; i <= n; i++) {
                spool.append("health", payload(i, 200));
            }
            return spool.pending();
        }
    }

    private Path file() {
        return dir.resolve(SpoolSegment.FILE_NAME);
    }
}
