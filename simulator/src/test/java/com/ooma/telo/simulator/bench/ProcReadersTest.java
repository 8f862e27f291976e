package com.ooma.telo.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The /proc readers give the figures a person reading the files would: Rss, Pss and VmHWM, CPU seconds. */
class ProcReadersTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = ProcReadersTest.class.getResourceAsStream("/bench/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void smapsRollup_givesRssAndPss_statusGivesThePeak() throws IOException {
        ProcMemory m = ProcMemory.parse(fixture("smaps_rollup.txt"), fixture("status.txt"));

        assertThat(m).isEqualTo(new ProcMemory(72_396, 68_211, 85_840, "smaps_rollup"));
        assertThat(ProcMemory.mib(m.pssKib())).isEqualTo("66.6");
    }

    @Test
    void withoutSmapsRollup_rssComesFromStatus_andPssIsUnknown() throws IOException {
        ProcMemory m = ProcMemory.parse(null, fixture("status.txt"));

        assertThat(m).isEqualTo(new ProcMemory(72_400, -1, 85_840, "status"));
        assertThat(ProcMemory.mib(m.pssKib())).isEqualTo("n/a");
    }

    @Test
    void aStatusWithoutMemoryLines_isRefused() {
        assertThatThrownBy(() -> ProcMemory.parse(null, "Name:\tjava\n")).isInstanceOf(IOException.class);
    }

    @Test
    void thisProcess_isReadFromProc() throws IOException {
        ProcMemory m = ProcMemory.of(ProcessHandle.current().pid());

        assertThat(m.rssKib()).isPositive();
        assertThat(m.peakKib()).isGreaterThanOrEqualTo(m.rssKib());
    }

    @Test
    void stat_userPlusSystemTicks_inSeconds_evenWithSpacesInTheCommandName() throws IOException {
        String stat = "4242 (java main) S 1 4242 4242 0 -1 4194560 5000 0 0 0 1234 567 0 0 20 0 17 0 "
                + "57099 2670604000 18100 18446744073709551615 1 1 0 0 0 0 0 4096 17 1 0 0 0 0 0";

        assertThat(ProcCpu.parse(stat)).isEqualTo(18.01);
    }
}
