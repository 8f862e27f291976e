package com.ooma.telo.agent.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.spool.AppendResult.Appended;
import com.ooma.telo.agent.spool.AppendResult.Failed;
import com.ooma.telo.agent.spool.AppendResult.Full;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

    private static final long ONE_MIB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void append_thenReopen_replaysPendingInAppendOrder() throws IOException {
        List<SpoolRecord> written;
        try (Spool spool = Spool.open(dir, ONE_MIB)) {
            long a = id(spool.append("health", payload(1, 300)));
            long b = id(spool.append("usage", payload(2, 5_000)));
            long c = id(spool.append("diag", payload(3, 300 * 1024)));
            written = List.of(new SpoolRecord(a, "health", payload(1, 300)),
                    new SpoolRecord(b, "usage", payload(2, 5_000)),
                    new SpoolRecord(c, "diag", payload(3, 300 * 1024)));
            assertThat(spool.pending()).containsExactlyElementsOf(written);
        }
        try (Spool reopened = Spool.open(dir, ONE_MIB)) {
            assertThat(reopened.pending()).containsExactlyElementsOf(written);
            assertThat(reopened.stats().corruptSkipped()).isZero();
            assertThat(reopened.stats().tornTruncated()).isZero();
        }
    }

    @Test
    void ack_thenClose_recordIsGoneAfterReopenAndFileShrinks() throws IOException {
        long kept;
        try (Spool spool = Spool.open(dir, ONE_MIB)) {
            long acked = id(spool.append("health", payload(1, 4_000)));
            kept = id(spool.append("usage", payload(2, 4_000)));
            spool.ack(acked);
            spool.ack(acked); // idempotent
            assertThat(spool.pending()).extracting(SpoolRecord::id).containsExactly(kept);
            assertThat(spool.stats().acked()).isEqualTo(1);
        }
        try (Spool reopened = Spool.open(dir, ONE_MIB)) {
            assertThat(reopened.pending()).extracting(SpoolRecord::id).containsExactly(kept);
        }
        assertThat(Files.size(spoolFile())).isEqualTo(FileHeader.BYTES + RecordFrame.frameBytes(4_000));
    }

    @Test
    void ack_survivesACrashOfTheProcess_withoutAnFsyncOfItsOwn() throws IOException {
        FaultyChannel.Opener disk = new FaultyChannel.Opener();
        Spool crashed = Spool.open(dir, ONE_MIB, disk);
        long first = id(crashed.append("health", payload(1, 1_000)));
        long second = id(crashed.append("health", payload(2, 1_000)));
        int syncs = disk.syncs.get();
        crashed.ack(first); // far below a quarter of maxBytes: no rewrite; an ack frame, no fsync

        assertThat(disk.syncs.get()).isEqualTo(syncs);
        // Without close (a crash), the acked record stays acked: not delivered twice.
        try (Spool afterCrash = Spool.open(dir, ONE_MIB)) {
            assertThat(afterCrash.pending()).extracting(SpoolRecord::id).containsExactly(second);
        }
        crashed.close();
    }

    @Test
    void ack_compactsOnceDeadBytesReachAQuarterOfMaxBytes() throws IOException {
        long maxBytes = 100_000;
        Spool crashed = Spool.open(dir, maxBytes);
        long size = 0;
        for (int i = 0; size < maxBytes / Spool.COMPACT_DEAD_DIVISOR; i++) {
            crashed.ack(id(crashed.append("health", payload(i, 2_000))));
            size += RecordFrame.frameBytes(2_000);
        }

        assertThat(Files.size(spoolFile())).isEqualTo(FileHeader.BYTES);
        try (Spool afterCrash = Spool.open(dir, maxBytes)) {
            assertThat(afterCrash.pending()).isEmpty();
        }
        crashed.close();
    }

    @Test
    void ids_keepIncreasingAcrossReopen_evenAfterEverythingWasAcked() throws IOException {
        long last;
        try (Spool spool = Spool.open(dir, ONE_MIB)) {
            spool.ack(id(spool.append("health", payload(1, 10))));
            last = id(spool.append("health", payload(2, 10)));
            spool.ack(last);
        }
        try (Spool reopened = Spool.open(dir, ONE_MIB)) {
            assertThat(reopened.pending()).isEmpty();
            assertThat(id(reopened.append("state", payload(3, 10)))).isGreaterThan(last);
        }
    }

    @Test
    void append_refusesWithFullWhenOverMaxBytes_andKeepsWhatIsThere() throws IOException {
        long frame = RecordFrame.frameBytes(100);
        long maxBytes = FileHeader.BYTES + 2 * frame + 10; // a tiny disk: room for two frames
        try (Spool spool = Spool.open(dir, maxBytes)) {
            long first = id(spool.append("health", payload(1, 100)));
            id(spool.append("health", payload(2, 100)));

            assertThat(spool.append("usage", payload(3, 100))).isEqualTo(new Full(frame, 10));
            assertThat(spool.stats().refusedFull()).isEqualTo(1);
            assertThat(spool.pending()).hasSize(2);

            spool.ack(first); // the next append compacts to make room
            assertThat(spool.append("usage", payload(3, 100))).isInstanceOf(Appended.class);
            assertThat(spool.stats().bytesOnDisk()).isEqualTo(Files.size(spoolFile())).isLessThanOrEqualTo(maxBytes);
        }
    }

    @Test
    void append_refusesBadArgumentsAndClosedSpoolWithFailed() throws IOException {
        Spool spool = Spool.open(dir, ONE_MIB);
        assertThat(spool.append("Usage!", payload(1, 10))).isEqualTo(new Failed("invalid channel \"Usage!\""));
        assertThat(spool.append("usage", null)).isInstanceOf(Failed.class);
        assertThat(spool.append("diag", new byte[RecordFrame.MAX_PAYLOAD_BYTES + 1])).isInstanceOf(Failed.class);
        spool.close();

        assertThat(spool.append("health", payload(1, 10))).isEqualTo(new Failed("spool is closed"));
        assertThat(spool.stats().appended()).isZero();
    }

    @Test
    void pending_returnsCopiesThatCannotChangeTheSpool() throws IOException {
        try (Spool spool = Spool.open(dir, ONE_MIB)) {
            byte[] sealed = payload(1, 16);
            spool.append("health", sealed);
            sealed[0] ^= 1;
            spool.pending().get(0).sealed()[1] ^= 1;

            assertThat(spool.pending().get(0).sealed()).isEqualTo(payload(1, 16));
        }
    }

    @Test
    void open_movesAsideAFileOfAnotherFormatVersion_keepingItsBytes() throws IOException {
        try (Spool spool = Spool.open(dir, ONE_MIB)) {
            spool.append("health", payload(1, 100));
        }
        byte[] file = Files.readAllBytes(spoolFile());
        FileHeaderTest.withVersion(file, 9);
        Files.write(spoolFile(), file);

        try (Spool spool = Spool.open(dir, ONE_MIB)) {
            assertThat(spool.pending()).isEmpty();
            assertThat(spool.stats().movedAside()).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(dir.resolve(SpoolSegment.UNREADABLE_NAME))).isEqualTo(file);
    }

    @Test
    void stats_bytesOnDiskMatchesTheFile() throws IOException {
        try (Spool spool = Spool.open(dir, ONE_MIB)) {
            spool.append("health", payload(1, 777));
            spool.append("usage", payload(2, 1_234));

            assertThat(spool.stats().bytesOnDisk()).isEqualTo(Files.size(spoolFile()));
            assertThat(spool.stats().appended()).isEqualTo(2);
            assertThat(spool.stats().pending()).isEqualTo(2);
        }
    }

    private Path spoolFile() {
        return dir.resolve(SpoolSegment.FILE_NAME);
    }

    static long id(AppendResult result) {
        assertThat(result).isInstanceOf(Appended.class);
        return ((Appended) result).id();
    }

    /** Deterministic bytes that look like ciphertext, different per seed. */
    static byte[] payload(int seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
