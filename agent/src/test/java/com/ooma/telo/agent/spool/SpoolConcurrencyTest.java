package com.ooma.telo.agent.spool;

import static com.ooma.telo.agent.spool.SpoolTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.spool.AppendResult.Appended;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline thread appends while the publisher thread acks; compactions run in between. */
class SpoolConcurrencyTest {

    private static final int RECORDS = 200;
    private static final int PAYLOAD_BYTES = 1_024;
    // Room for every record even if no ack lands, so each append must succeed; a quarter is 64 KiB of dead records.
    private static final long MAX_BYTES = 256 * 1024 + RECORDS * RecordFrame.OVERHEAD_BYTES;

    @TempDir
    Path dir;

    @Test
    void appenderAndAcker_inParallel_loseNothingAndLeaveNothing() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            Future<List<Long>> appender = threads.submit(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < RECORDS; i++) {
                    ids.add(((Appended) spool.append(i % 2 == 0 ? "health" : "usage", payload(i, PAYLOAD_BYTES))).id());
                }
                return ids;
            });
            Future<List<Long>> acker = threads.submit(() -> {
                List<Long> acked = new ArrayList<>();
                while (acked.size() < RECORDS && !Thread.currentThread().isInterrupted()) {
                    for (SpoolRecord r : spool.pending()) {
                        assertThat(r.sealed()).hasSize(PAYLOAD_BYTES);
                        spool.ack(r.id());
                        acked.add(r.id());
                    }
                    Thread.onSpinWait();
                }
                return acked;
            });

            List<Long> appended = appender.get(60, TimeUnit.SECONDS);
            List<Long> acked = acker.get(60, TimeUnit.SECONDS);

            assertThat(appended).isSorted().doesNotHaveDuplicates().hasSize(RECORDS);
            assertThat(acked).as("acked in append order, each once").isEqualTo(appended);
            SpoolStats stats = spool.stats();
            assertThat(stats.appended()).isEqualTo(RECORDS);
            assertThat(stats.acked()).isEqualTo(RECORDS);
            assertThat(stats.pending()).isZero();
            assertThat(stats.ioErrors()).isZero();
            assertThat(stats.bytesOnDisk()).as("compacted while running").isLessThan(RECORDS * PAYLOAD_BYTES);
        } finally {
            threads.shutdownNow();
        }
        try (Spool reopened = Spool.open(dir, MAX_BYTES)) {
            assertThat(reopened.pending()).isEmpty();
        }
        assertThat(Files.size(dir.resolve(SpoolSegment.FILE_NAME))).isEqualTo(FileHeader.BYTES);
    }
}
