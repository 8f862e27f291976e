package com.ooma.telo.agent.spool;

import static com.ooma.telo.agent.spool.SpoolTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Making room for a report that matters more: the oldest records of one channel go, as few as needed. */
class SpoolEvictionTest {
    private static final long MAX_BYTES = 65_536;

    @TempDir
    Path dir;

    @Test
    void aFullSpool_dropsTheOldestHealthRecords_asFewAsMakeRoom_andScrubsThem() throws IOException {
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            byte[] oldest = payload(1, 1_200);
            spool.append("health", oldest);
            spool.append("state", payload(2, 300));
            for (int i = 3; spool.append("health", payload(i, 1_200)) instanceof AppendResult.Appended; i++) {
                assertThat(i).isLessThan(100);
            }
            byte[] usage = payload(99, 7_842);
            assertThat(spool.append("usage", usage)).isInstanceOf(AppendResult.Full.class);
            int before = spool.pending().size();

            int evicted = spool.evictOldest("health", usage.length);

            assertThat(evicted).as("7,842 bytes need 7 records of 1,200").isBetween(7, 8);
            assertThat(spool.pending()).hasSize(before - evicted);
            assertThat(spool.pending()).extracting(SpoolRecord::channel).contains("state");
            assertThat(spool.append("usage", usage)).isInstanceOf(AppendResult.Appended.class);
            assertThat(Bytes.contains(Files.readAllBytes(dir.resolve("spool.seg")), oldest)).isFalse();
        }
    }

    @Test
    void withNothingOfThatChannel_nothingIsDropped() throws IOException {
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            spool.append("usage", payload(1, 1_000));
            assertThat(spool.evictOldest("health", 60_000)).isZero();
            assertThat(spool.pending()).hasSize(1);
        }
    }
}
