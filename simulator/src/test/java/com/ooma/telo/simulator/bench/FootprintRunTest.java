package com.ooma.telo.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.simulator.hub.JvmFlags;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footprint bench measures a live agent under the hub's flags: every event of the burst counted, memory read
 * from /proc at each point, the start and the household day's CPU measured (the wire day is WireDayTest's).
 */
class FootprintRunTest {
    @TempDir
    Path dir;

    @Test
    void run_countsEveryEvent_andReportsMemoryStartAndCpu() throws Exception {
        JvmFlags hub = JvmFlags.hub();
        Footprint f = new FootprintRun(new FootprintRun.Options(300, 0.5, 0, WireDay.SHIPPED_HEALTH, hub.flags(), hub.source(), dir))
                .run(dir.resolve("run"));

        assertThat(f.burst().counted()).isEqualTo(300);
        assertThat(f.burst().droppedQueueFull()).isZero();
        assertThat(f.memory().idle().rssKib()).isPositive();
        assertThat(f.memory().busy().rssKib()).isPositive();
        assertThat(f.memory().idleJvm().rssKib()).isPositive().isLessThan(f.memory().idle().rssKib());
        assertThat(f.memory().peakKib()).isGreaterThanOrEqualTo(f.memory().afterBurst().rssKib());
        assertThat(f.start().readyMs()).isPositive();
        assertThat(f.start().firstPublishMs()).isPositive(); // the birth message may leave before the ready line
        assertThat(f.cpu().events()).isPositive();
        assertThat(f.cpu().busySeconds()).isPositive();
        assertThat(FootprintReport.summary(f)).startsWith("footprint: events=300 counted=300 dropped_queue_full=0 ");
    }
}
