package com.ooma.telo.agent.spool;

import static com.ooma.telo.agent.spool.SpoolTest.id;
import static com.ooma.telo.agent.spool.SpoolTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.spool.AppendResult.Failed;
import com.ooma.telo.agent.spool.FaultyChannel.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing file system surfaces as Failed and counters, never as an exception, and never loses what was stored. */
class SpoolFaultTest {

    private static final long MAX_BYTES = 1 << 20;

    @TempDir
    Path dir;

    private final FaultyChannel.Opener disk = new FaultyChannel.Opener();

    @Test
    void append_whenWritesFail_returnsFailedCountsItAndKeepsEarlierRecords() throws IOException {
        long before;
        long after;
        try (Spool spool = Spool.open(dir, MAX_BYTES, disk)) {
            before = id(spool.append("health", payload(1, 100)));
            disk.fault = Fault.ALL;

            AppendResult refused = spool.append("health", payload(2, 100));

            assertThat(refused).isInstanceOf(Failed.class);
            assertThat(((Failed) refused).reason()).contains("No space left on device");
            assertThat(spool.stats().ioErrors()).isEqualTo(1);
            disk.fault = Fault.NONE;
            after = id(spool.append("health", payload(3, 100)));
        }
        try (Spool reopened = Spool.open(dir, MAX_BYTES)) {
            assertThat(reopened.pending()).extracting(SpoolRecord::id).containsExactly(before, after);
            assertThat(reopened.stats().tornTruncated() + reopened.stats().corruptSkipped()).isZero();
        }
    }

    @Test
    void append_whenFsyncFails_cutsTheFrameBackSoAFailedRecordIsNotReplayed() throws IOException {
        try (Spool spool = Spool.open(dir, MAX_BYTES, disk)) {
            spool.append("health", payload(1, 100));
            disk.fault = Fault.FSYNC;

            assertThat(spool.append("usage", payload(2, 100))).isInstanceOf(Failed.class);
            assertThat(Files.size(dir.resolve(SpoolSegment.FILE_NAME))).isEqualTo(spool.stats().bytesOnDisk());
            disk.fault = Fault.NONE;
        }
        try (Spool reopened = Spool.open(dir, MAX_BYTES)) {
            assertThat(reopened.pending()).extracting(SpoolRecord::channel).containsExactly("health");
        }
    }

    @Test
    void compaction_whenDiskFails_isCountedAndAckedRecordIsRedeliveredNotLost() throws IOException {
        long acked;
        long kept;
        Spool spool = Spool.open(dir, MAX_BYTES, disk);
        acked = id(spool.append("health", payload(1, 100)));
        kept = id(spool.append("usage", payload(2, 100)));
        disk.fault = Fault.ALL;
        spool.ack(acked); // the ack frame cannot be written: the ack lives in memory only

        spool.close(); // the compaction at close fails too; close still completes

        assertThat(spool.stats().ioErrors()).isEqualTo(2);
        disk.fault = Fault.NONE;
        assertThat(Files.exists(dir.resolve(SpoolSegment.TEMP_NAME))).isFalse();
        try (Spool reopened = Spool.open(dir, MAX_BYTES)) {
            assertThat(reopened.pending()).extracting(SpoolRecord::id).containsExactly(acked, kept);
        }
    }

    @Test
    void purge_whenRewriteFails_stillDropsRecordsFromMemoryAndCountsTheError() throws IOException {
        try (Spool spool = Spool.open(dir, MAX_BYTES, disk)) {
            spool.append("usage", payload(1, 100));
            disk.fault = Fault.ALL;

            assertThat(spool.purge("usage"::equals)).isEqualTo(1);

            assertThat(spool.pending()).isEmpty();
            assertThat(spool.stats().ioErrors()).isEqualTo(1);
            disk.fault = Fault.NONE; // the close-time compaction retries and succeeds
        }
        assertThat(Files.size(dir.resolve(SpoolSegment.FILE_NAME))).isEqualTo(FileHeader.BYTES);
    }

    @Test
    void open_removesTempFileOfACompactionThatDiedBeforeItsRename() throws IOException {
        long kept;
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            kept = id(spool.append("health", payload(1, 100)));
        }
        Files.write(dir.resolve(SpoolSegment.TEMP_NAME), payload(7, 300));

        try (Spool reopened = Spool.open(dir, MAX_BYTES)) {
            assertThat(reopened.pending()).extracting(SpoolRecord::id).containsExactly(kept);
        }
        assertThat(Files.exists(dir.resolve(SpoolSegment.TEMP_NAME))).isFalse();
    }
}
