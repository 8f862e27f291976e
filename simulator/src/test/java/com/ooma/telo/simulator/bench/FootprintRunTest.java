package com.ooma.telo.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.simulator.hub.JvmFlags;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The footprint bench measures a live agent under the hub's flags: every event counted, memory read from /proc. */
class FootprintRunTest {
    @TempDir
    Path dir;

    @Test
    void run_countsEveryEvent_andReportsResidentMemory() throws Exception {
        StringWriter out = new StringWriter();
        String line = new FootprintRun(300, JvmFlags.hub().flags(), new PrintWriter(out)).run(dir);

        assertThat(line).startsWith("footprint: events=300 counted=300 dropped_queue_full=0 ");
        assertThat(line).matches(".* rss_idle_mib=[1-9][0-9.]* rss_after_mib=[1-9][0-9.]* rss_peak_mib=[1-9][0-9.]*");
        assertThat(out.toString()).contains(line);
    }
}
