package com.ooma.telo.agent.spool;

import static com.ooma.telo.agent.spool.SpoolTest.id;
import static com.ooma.telo.agent.spool.SpoolTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flash wear: a normal day costs one fdatasync per report, plus a few per compaction (docs/design.md §5 budget:
 * 1,000).
 */
class SpoolFsyncBudgetTest {

    // A household day: health every 15 minutes, usage every 6 hours, each acked by the broker soon after.
    private static final int HEALTH_REPORTS = 96;
    private static final int USAGE_REPORTS = 4;
    private static final int REPORTS = HEALTH_REPORTS + USAGE_REPORTS;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {256 * 1024, 1024 * 1024, 8 * 1024 * 1024})
    void normalDay_costsOneSyncPerReportPlusCompactions(long maxBytes) throws IOException {
        FaultyChannel.Opener disk = new FaultyChannel.Opener();
        Spool spool = Spool.open(dir, maxBytes, disk);
        int afterOpen = disk.syncs.get();
        for (int i = 0; i < REPORTS; i++) {
            boolean usage = i % (REPORTS / USAGE_REPORTS) == 0;
            spool.ack(id(spool.append(usage ? "usage" : "health", payload(i, usage ? 8_192 : 2_048))));
        }
        spool.close();
        int daySyncs = disk.syncs.get() - afterOpen;

        // Each compaction costs two syncs (new file, directory); acked bytes of a day: ~224 KiB.
        long dayBytes = HEALTH_REPORTS * RecordFrame.frameBytes(2_048) + USAGE_REPORTS * RecordFrame.frameBytes(8_192);
        long compactions = dayBytes / (maxBytes / Spool.COMPACT_DEAD_DIVISOR) + 1; // +1: at close
        assertThat(daySyncs).isEqualTo(REPORTS + 2 * compactions).isLessThan(120);
    }

    @Test
    void ack_alone_neverSyncs() throws IOException {
        FaultyChannel.Opener disk = new FaultyChannel.Opener();
        try (Spool spool = Spool.open(dir, 8 * 1024 * 1024, disk)) {
            long id = id(spool.append("health", payload(1, 2_048)));
            int beforeAck = disk.syncs.get();

            spool.ack(id);

            assertThat(disk.syncs.get()).isEqualTo(beforeAck);
        }
    }
}
