package com.ooma.telo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.checkpoint.SealedReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldReportsTest {
    private static SealedReport report(String channel, int bytes, int tag) {
        byte[] b = new byte[bytes];
        b[0] = (byte) tag;
        return new SealedReport(channel, b);
    }

    @Test
    void overTheBound_theOldestHealthGoesFirst_usageOnlyWhenNoHealthIsLeft() {
        HeldReports held = new HeldReports();
        SealedReport usage = report("usage", 7_842, 1);
        assertThat(held.hold(usage)).isEmpty();
        List<SealedReport> health = new ArrayList<>();
        List<SealedReport> dropped = new ArrayList<>();
        for (int i = 0; i < 400; i++) { // 400 × 900 bytes: past 256 KiB
            SealedReport h = report("health", 900, i);
            health.add(h);
            dropped.addAll(held.hold(h));
        }
        assertThat(dropped).as("health dropped, oldest first").isNotEmpty()
                .allMatch(r -> r.channel().equals("health"));
        assertThat(dropped.get(0)).isEqualTo(health.get(0));
        assertThat(held.all()).contains(usage);
        assertThat(held.all().stream().mapToInt(r -> r.envelope().length).sum())
                .isLessThanOrEqualTo(HeldReports.MAX_BYTES);

        HeldReports onlyUsage = new HeldReports();
        List<SealedReport> usageDropped = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            usageDropped.addAll(onlyUsage.hold(report("usage", 7_842, i)));
        }
        assertThat(usageDropped).as("no health left: the oldest usage goes").isNotEmpty();
        assertThat(usageDropped.get(0).envelope()[0]).isZero();
    }

    @Test
    void offer_takesOldestFirst_andStopsAtTheFirstRefusal() {
        HeldReports held = new HeldReports();
        SealedReport a = report("health", 10, 1);
        SealedReport b = report("usage", 10, 2);
        SealedReport c = report("health", 10, 3);
        held.hold(a);
        held.hold(b);
        held.hold(c);
        List<SealedReport> offered = new ArrayList<>();
        assertThat(held.offer(r -> offered.add(r) && r != b)).containsExactly(a);
        assertThat(offered).containsExactly(a, b);
        assertThat(held.all()).containsExactly(b, c);
        assertThat(held.offer(r -> true)).containsExactly(b, c);
        assertThat(held.isEmpty()).isTrue();
    }

    @Test
    void purge_forgetsOneChannel() {
        HeldReports held = new HeldReports();
        held.hold(report("health", 10, 1));
        held.hold(report("usage", 10, 2));
        assertThat(held.purge("usage")).isEqualTo(1);
        assertThat(held.all()).extracting(SealedReport::channel).containsExactly("health");
    }
}
