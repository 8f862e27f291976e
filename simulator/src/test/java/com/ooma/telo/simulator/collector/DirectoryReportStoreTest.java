package com.ooma.telo.simulator.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared store as separate collectors see it: two stores on one folder, racing for the same reports. */
class DirectoryReportStoreTest {
    private static final String DEVICE = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void twoStoresOnOneFolder_eachReportClaimedExactlyOnce() throws Exception {
        ReportStore one = new DirectoryReportStore(dir);
        ReportStore two = new DirectoryReportStore(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> wins = new ArrayList<>();
            for (ReportStore s : List.of(one, two, one, two)) {
                Callable<Integer> claimAll = () -> {
                    int won = 0;
                    for (long seq = 1; seq <= 200; seq++) {
                        won += s.claim(DEVICE, 3, seq) ? 1 : 0;
                    }
                    return won;
                };
                wins.add(pool.submit(claimAll));
            }
            int total = 0;
            for (Future<Integer> f : wins) {
                total += f.get();
            }
            assertThat(total).isEqualTo(200);
        } finally {
            pool.shutdown();
        }
        assertThat(one.claim(DEVICE, 4, 1)).as("another boot epoch is another report").isTrue();
        assertThat(two.claim(DEVICE, 4, 1)).isFalse();
    }

    @Test
    void aDeviceIdThatIsNotHex_isRefusedBeforeItNamesAFolder() throws Exception {
        ReportStore s = new DirectoryReportStore(dir);
        assertThatThrownBy(() -> s.claim("../../etc", 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
